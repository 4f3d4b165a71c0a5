import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';

/**
 * When the extension is updated, reloaded or disabled, Chrome leaves the old content script
 * running in open tabs with no extension behind it (and injects no new one). It must notice and
 * leave: no marks, no card, no observer left highlighting what the page adds later.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;
const errors: string[] = [];

const leftovers = (page: Page) =>
  page.evaluate(() => ({
    marks: document.querySelectorAll('dramatis-mark').length,
    cards: document.querySelectorAll('dramatis-card').length,
    split: [...document.querySelectorAll('p')].some((p) =>
      [...p.childNodes].some((n, i, all) => n.nodeType === 3 && all[i + 1]?.nodeType === 3),
    ),
  }));

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  article = await browser.context.newPage();
  article.on('pageerror', (error) => errors.push(error.message));
  await article.goto(`${server.url}/article`);
  await firstPass(article);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an extension reloaded under an open tab (Chromium)', () => {
  it('takes its marks and card off the page, and highlights nothing the page adds later', async () => {
    // The card's host is put on the page when a card first opens.
    await article.locator('dramatis-mark').first().hover();
    await article.locator('dramatis-card').waitFor({ state: 'attached', timeout: 5_000 });
    const before = await leftovers(article);
    expect(before.marks).toBeGreaterThan(0);
    expect(before.cards).toBe(1);
    const worker = browser.context.serviceWorkers()[0]!;
    // The worker goes away with the extension it reloads, so its answer may never come.
    await worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
    await article.waitForFunction(
      () => !document.querySelector('dramatis-mark, dramatis-card'),
      null,
      {
        timeout: 10_000,
      },
    );
    expect(await leftovers(article)).toEqual({ marks: 0, cards: 0, split: false });
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Wladimir Putin spoke again.';
      document.body.append(p);
    });
    await article.waitForTimeout(2_000);
    expect((await leftovers(article)).marks).toBe(0);
    expect(errors).toEqual([]);
  });
});
