import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

const AGGRESSIVE_CSS = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { all: unset; }
  html { font-size: 40px; }
  div { display: none !important; }
  mark, [data-markjs], [data-dramatis-actor] { display: none !important; background: none !important; }
  body { display: block; font-family: serif; }
  p { display: block; margin: 1rem; }
</style></head><body>
  <p>Der Kreml schickt Vladimir Medinsky nach Istanbul.</p>
  <div>Putin is hidden by the page itself.</div>
</body></html>`;

// Each page is about the Istanbul talks: its title names two of the story's keywords ("Istanbul
// talks", "prisoner exchange"; docs/story-rule.md), since Trump and Rubio are not its core actors
// and "direct talks" is no keyword. The card is what is tested.
const LINKED = `<!doctype html><html><head><meta charset="utf-8">
  <title>Istanbul talks: a prisoner exchange</title></head><body>
  <p style="font-size:20px">Heute: <a href="/elsewhere">Donald Trump</a> und Marco Rubio.</p>
  <p style="margin-top:200px">Unten.</p></body></html>`;

const SHADOW = `<!doctype html><html><head><meta charset="utf-8">
  <title>Istanbul talks: a prisoner exchange</title></head><body>
  <div id="host"></div>
  <script>
    const p = document.createElement('p');
    p.textContent = 'Im Schatten: Marco Rubio spricht.';
    document.getElementById('host').attachShadow({ mode: 'open' }).append(p);
  </script></body></html>`;

let browser: ExtensionBrowser;
let server: ArticleServer;
let page: Page;

const card = (p: Page) => p.locator('dramatis-card [role="dialog"]');
const medinsky = (p: Page) => p.locator('dramatis-mark[data-dramatis-actor="vladimir-medinsky"]');

async function hover(p: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  await p.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

async function pointerAway(p: Page) {
  await p.mouse.move(5, 5);
}

beforeAll(async () => {
  server = await startArticleServer({
    '/aggressive': AGGRESSIVE_CSS,
    '/linked': LINKED,
    '/shadow': SHADOW,
    '/elsewhere': '<!doctype html><title>Elsewhere</title><p>Arrived.</p>',
  });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  page = await browser.context.newPage();
  await page.goto(`${server.url}/article`);
  await medinsky(page).first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hover card', () => {
  it('opens after a calm dwell, stays while the pointer moves into it, closes after it leaves', async () => {
    await hover(page, medinsky(page).first());
    await page.waitForTimeout(200);
    expect(await card(page).count()).toBe(0);
    await card(page).waitFor({ state: 'visible', timeout: 2_000 });
    await hover(page, card(page));
    await page.waitForTimeout(700);
    expect(await card(page).isVisible()).toBe(true);
    await pointerAway(page);
    await page.waitForTimeout(100);
    expect(await card(page).count()).toBe(1);
    await card(page).waitFor({ state: 'detached', timeout: 2_000 });
  });

  it('never opens when the pointer only passes over a mark', async () => {
    await hover(page, medinsky(page).nth(1));
    await page.waitForTimeout(150);
    await pointerAway(page);
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
  });

  it('walks through the actor’s mentions, scrolling to and flashing each', async () => {
    await hover(page, medinsky(page).first());
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).textContent()).toContain('Mention 1 of 4 on this page');
    await card(page).getByRole('button', { name: 'Next mention' }).click();
    expect(await card(page).textContent()).toContain('Mention 2 of 4 on this page');
    const second = medinsky(page).nth(1);
    expect(await second.getAttribute('data-dramatis-flash')).toBe('');
    await page.waitForFunction(() => {
      const mark = document.querySelectorAll('[data-dramatis-actor="vladimir-medinsky"]')[1]!;
      const { top, bottom } = mark.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    });
    await card(page).getByRole('button', { name: 'Previous mention' }).click();
    expect(await card(page).textContent()).toContain('Mention 1 of 4 on this page');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
  });

  it('stays open while pinned, through pointer moves, clicks and scrolling; Esc still closes it', async () => {
    await hover(page, medinsky(page).first());
    await card(page).waitFor({ state: 'visible' });
    await card(page).getByRole('button', { name: 'Keep this card open' }).click();
    expect(
      await card(page)
        .getByRole('button', { name: 'Keep this card open' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await pointerAway(page);
    await page.mouse.click(5, 400);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(600);
    expect(await card(page).isVisible()).toBe(true);
    const [cardBox, markBox] = [
      await card(page).boundingBox(),
      await medinsky(page).first().boundingBox(),
    ];
    expect(Math.abs(cardBox!.y - (markBox!.y + markBox!.height))).toBeLessThan(40);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
  });

  it('opens for a name inside a page component’s open shadow root', async () => {
    const shadowPage = await browser.context.newPage();
    await shadowPage.goto(`${server.url}/shadow`);
    const rubio = shadowPage.locator('dramatis-mark[data-dramatis-actor="marco-rubio"]');
    await rubio.waitFor();
    await hover(shadowPage, rubio);
    await card(shadowPage).waitFor({ state: 'visible' });
    expect(await card(shadowPage).textContent()).toContain('Marco Rubio');
    await shadowPage.close();
  });

  it('looks and works the same on a page with aggressive global CSS', async () => {
    const hostile = await browser.context.newPage();
    await hostile.goto(`${server.url}/aggressive`);
    const mark = medinsky(hostile).first();
    await mark.waitFor();
    const look = await mark.evaluate((m) => ({
      display: getComputedStyle(m).display,
      background: getComputedStyle(m).backgroundColor,
      width: m.getBoundingClientRect().width,
    }));
    expect(look.display).toBe('inline');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.width).toBeGreaterThan(0);
    await hover(hostile, mark);
    await card(hostile).waitFor({ state: 'visible' });
    const box = await card(hostile).boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.width).toBeLessThanOrEqual(362);
    const fontSize = await card(hostile).evaluate((c) => getComputedStyle(c).fontSize);
    expect(fontSize).toBe('14px');
    await hostile.close();
  });
});

describe('the hover card on a touch screen', () => {
  let touch: ExtensionBrowser;
  beforeAll(async () => {
    touch = await launchChromiumWithExtension(withOpenCard(extensionDir()), { hasTouch: true });
  });
  afterAll(async () => {
    await touch?.close();
  });

  it('opens on a tap, closes on a tap elsewhere, and lets a second tap follow a link', async () => {
    const p = await touch.context.newPage();
    await p.goto(`${server.url}/linked`);
    const trump = p.locator('dramatis-mark[data-dramatis-actor="donald-trump"]').first();
    await trump.waitFor();
    await p.locator('dramatis-mark[data-dramatis-actor="marco-rubio"]').tap();
    await card(p).waitFor({ state: 'visible' });
    expect(await card(p).textContent()).toContain('Marco Rubio');
    await p.touchscreen.tap(20, 400);
    await card(p).waitFor({ state: 'detached' });

    await trump.tap();
    await card(p).waitFor({ state: 'visible' });
    expect(p.url()).toBe(`${server.url}/linked`);
    await Promise.all([p.waitForURL(`${server.url}/elsewhere`), trump.tap()]);
  });
});
