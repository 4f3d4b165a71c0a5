import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { EXPECTED_MENTIONS } from '../expectedMentions';
import { withOpenCard } from '../../support/openCardBuild';

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;

async function mentionsByActor(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const mentions: Record<string, Set<string>> = {};
    for (const mark of document.querySelectorAll<HTMLElement>('[data-dramatis-actor]')) {
      const id = mark.dataset.dramatisActor as string;
      (mentions[id] ??= new Set()).add(mark.dataset.dramatisMention ?? '');
    }
    return Object.fromEntries(Object.entries(mentions).map(([id, set]) => [id, set.size]));
  });
}

const medinskyHidden = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-dramatis-actor="vladimir-medinsky"]')].map((m) =>
      m.hasAttribute('data-dramatis-hidden'),
    ),
  );

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await firstPass(article);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('marks every actor of the seed article, as often as it is named', async () => {
    expect(await mentionsByActor(article)).toEqual(EXPECTED_MENTIONS);
    const categories = await article.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-dramatis-actor="vladimir-medinsky"]')].map(
        (m) => m.dataset.dramatisCategory,
      ),
    );
    expect(categories).toEqual(['russia', 'russia', 'russia', 'russia']);
  });

  it('records its highlight pass as a dramatis:highlight measure', async () => {
    const detail = await article.evaluate(
      () => (performance.getEntriesByName('dramatis:highlight')[0] as PerformanceMeasure).detail,
    );
    expect(detail.marks).toBeGreaterThanOrEqual(59);
    expect(detail.textNodes).toBeGreaterThan(20);
  });

  it('leaves the input, textarea and code block alone', async () => {
    const inside = await article.evaluate(() => ({
      marks: document.querySelectorAll('.reader-tools dramatis-mark').length,
      input: (document.querySelector('#reader-search') as HTMLInputElement).value,
      textarea: (document.querySelector('#reader-notes') as HTMLTextAreaElement).value,
      code: document.querySelector('#reader-code')?.innerHTML,
    }));
    expect(inside).toEqual({
      marks: 0,
      input: 'Vladimir Putin',
      textarea: 'Vladimir Putin',
      code: 'Putin',
    });
  });

  it('opens a card naming the Russian delegation when the pointer rests on Medinsky', async () => {
    const mark = article.locator('dramatis-mark[data-dramatis-actor="vladimir-medinsky"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = article.locator('dramatis-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Vladimir Medinsky');
    expect(text).toContain('Russian delegation');
    expect(text).toContain('head of delegation');
    expect(text).toContain('Alexander Fomin');
    await article.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('finds Medinsky in the popup and hides his marks when his category is unticked', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('medinski');
    const first = popup.locator('.results button').first();
    expect(await first.innerText()).toContain('Vladimir Medinsky');

    expect(await medinskyHidden(article)).toEqual([false, false, false, false]);
    await popup.getByRole('checkbox', { name: 'Russia' }).uncheck();
    await article.waitForFunction(() =>
      [...document.querySelectorAll('[data-dramatis-actor="vladimir-medinsky"]')].every((m) =>
        m.hasAttribute('data-dramatis-hidden'),
      ),
    );
    const styles = await article.evaluate(() => {
      const look = (id: string) => {
        const mark = document.querySelector(`[data-dramatis-actor="${id}"]`) as HTMLElement;
        return getComputedStyle(mark).backgroundColor;
      };
      return { medinsky: look('vladimir-medinsky'), trump: look('donald-trump') };
    });
    expect(styles.medinsky).toBe('rgba(0, 0, 0, 0)');
    expect(styles.trump).not.toBe('rgba(0, 0, 0, 0)');

    await popup.getByRole('checkbox', { name: 'Russia' }).check();
    await article.waitForFunction(
      () => !document.querySelector('[data-dramatis-actor][data-dramatis-hidden]'),
    );
    await popup.close();
  });
});
