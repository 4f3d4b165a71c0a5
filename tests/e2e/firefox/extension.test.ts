import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { EXPECTED_MENTIONS } from '../expectedMentions';
import { withOpenCard } from '../../support/openCardBuild';

let firefox: FirefoxWithExtension;
let server: ArticleServer;
let article: Page;

/** For each of Medinsky's marks on the article, whether it is switched off. */
const medinskyHidden = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-dramatis-actor="vladimir-medinsky"]')].map((m) =>
      m.hasAttribute('data-dramatis-hidden'),
    ),
  );

/** The bundled categories, whose colours the popup's switches show. */
const { categories: bundledCategories } = JSON.parse(
  readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
) as { categories: { color: string }[] };

/** `#d62828` as a computed style says it: `rgb(214, 40, 40)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/** The popup's switch for a category, found by the label it starts with. */
async function categorySwitch(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (name) =>
      [...document.querySelectorAll('.toggles label')]
        .find((l) => l.textContent?.trim().startsWith(name))
        ?.querySelector('input[type="checkbox"]') ?? null,
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No switch for the category "${label}" in the popup`);
  return element as ElementHandle<Element>;
}

/** The computed highlight background of an actor's first mark on the article. */
const markBackground = (page: Page, actor: string) =>
  page.evaluate((id) => {
    const mark = document.querySelector(`[data-dramatis-actor="${id}"]`) as HTMLElement;
    return getComputedStyle(mark).backgroundColor;
  }, actor);

beforeAll(async () => {
  server = await startArticleServer();
  firefox = await launchFirefoxWithExtension(withOpenCard(firefoxExtensionDir()));
  article = await firefox.browser.newPage();
  await article.goto(`${server.url}/article`);
  // The first highlight pass is over once it has recorded its measure.
  await article.waitForFunction(
    () => performance.getEntriesByName('dramatis:highlight').length > 0,
    { timeout: 20_000 },
  );
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the built extension in Firefox ESR', () => {
  it('marks every actor of the seed article, as often as it is named', async () => {
    const mentions = await article.evaluate(() => {
      const byActor: Record<string, string[]> = {};
      for (const mark of document.querySelectorAll<HTMLElement>('[data-dramatis-actor]')) {
        const id = mark.getAttribute('data-dramatis-actor') as string;
        const mention = mark.getAttribute('data-dramatis-mention') as string;
        byActor[id] = [...new Set([...(byActor[id] ?? []), mention])];
      }
      return Object.fromEntries(Object.entries(byActor).map(([id, list]) => [id, list.length]));
    });
    expect(mentions).toEqual(EXPECTED_MENTIONS);
    const categories = await article.$$eval(
      'dramatis-mark[data-dramatis-actor="vladimir-medinsky"]',
      (marks) => marks.map((m) => m.getAttribute('data-dramatis-category')),
    );
    expect(categories).toEqual(['russia', 'russia', 'russia', 'russia']);
  });

  it('records its highlight pass as a dramatis:highlight measure', async () => {
    const detail = await article.evaluate(
      () =>
        (performance.getEntriesByName('dramatis:highlight')[0] as PerformanceMeasure).detail as {
          marks: number;
          textNodes: number;
        },
    );
    expect(detail.marks).toBeGreaterThanOrEqual(59);
    expect(detail.textNodes).toBeGreaterThan(20);
  });

  it('leaves the input, textarea and code block alone', async () => {
    const inside = await article.evaluate(() => ({
      marks: document.querySelectorAll('.reader-tools dramatis-mark').length,
      textarea: (document.querySelector('#reader-notes') as HTMLTextAreaElement).value,
    }));
    expect(inside).toEqual({ marks: 0, textarea: 'Vladimir Putin' });
  });

  it('opens a card naming the Russian delegation when the pointer rests on Medinsky', async () => {
    const mark = await article.waitForSelector(
      'dramatis-mark[data-dramatis-actor="vladimir-medinsky"]',
    );
    await mark?.scrollIntoView();
    await mark?.hover();
    const card = await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      visible: true,
      timeout: 5_000,
    });
    const text = await card?.evaluate((el) => el.textContent);
    expect(text).toContain('Vladimir Medinsky');
    expect(text).toContain('Russian delegation');
    expect(text).toContain('head of delegation');
    expect(text).toContain('Alexander Fomin');
    await article.keyboard.press('Escape');
    await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      hidden: true,
      timeout: 5_000,
    });
  });

  it('keeps the card open while the pointer is in it, and closes it after the pointer leaves', async () => {
    const mark = await article.waitForSelector('dramatis-mark[data-dramatis-actor="donald-trump"]');
    await mark?.scrollIntoView();
    await mark?.hover();
    const card = await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      visible: true,
      timeout: 5_000,
    });
    const box = await card?.boundingBox();
    expect(box).toBeTruthy();
    await article.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await card?.isVisible()).toBe(true);
    expect(await card?.evaluate((el) => el.textContent)).toContain('Donald Trump');
    await article.mouse.move(5, 5);
    await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      hidden: true,
      timeout: 3_000,
    });
  });
});

describe('the popup of the built extension in Firefox ESR, opened in a tab', () => {
  let popup: Page;

  beforeAll(async () => {
    popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector('input[type="search"]');
  });

  afterAll(async () => {
    await popup?.close();
  });

  it('finds Medinsky when the reader types a misspelling', async () => {
    await popup.type('input[type="search"]', 'medinski');
    const first = await popup.waitForSelector('.results button');
    expect(await first?.evaluate((el) => el.textContent)).toContain('Vladimir Medinsky');
  });

  it('shows each category in its colour, under the strict extension-page CSP', async () => {
    const swatches = await popup.$$eval('.toggles .swatch', (spans) =>
      spans.map((span) => getComputedStyle(span).backgroundColor),
    );
    expect(swatches).toEqual(bundledCategories.map((category) => rgb(category.color)));
    // `base-uri 'none'` is ours (Firefox's default policy has none): a <base> is refused.
    const refused = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(e.effectiveDirective),
          );
          const base = document.createElement('base');
          base.href = 'https://example.org/';
          document.head.append(base);
          setTimeout(() => resolve('no violation'), 2_000);
        }),
    );
    expect(refused).toBe('base-uri');
  });

  it('hides Medinsky’s marks on the article when Russia is unticked, and shows them again', async () => {
    const russia = await categorySwitch(popup, 'Russia');
    expect(await medinskyHidden(article)).toEqual([false, false, false, false]);
    await russia.click();
    await article.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-dramatis-actor="vladimir-medinsky"]')].every((m) =>
          m.hasAttribute('data-dramatis-hidden'),
        ),
      { timeout: 5_000 },
    );
    expect(await markBackground(article, 'vladimir-medinsky')).toBe('rgba(0, 0, 0, 0)');
    expect(await markBackground(article, 'donald-trump')).not.toBe('rgba(0, 0, 0, 0)');

    await russia.click();
    await article.waitForFunction(
      () => !document.querySelector('[data-dramatis-actor][data-dramatis-hidden]'),
      { timeout: 5_000 },
    );
    expect(await medinskyHidden(article)).toEqual([false, false, false, false]);
  });
});
