import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { hostileRoutes } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';

let firefox: FirefoxWithExtension;
let server: ArticleServer;

/** Keeps the document as parsed and counts every DOM mutation after it (see the Chromium test). */
const WATCH_PAGE = `(() => {
  window.mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    window.parsed = document.documentElement.outerHTML;
    new MutationObserver((records) => (window.mutations += records.length)).observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  });
})()`;

async function open(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.evaluateOnNewDocument(WATCH_PAGE);
  await page.goto(`${server.url}${path}`);
  return page;
}

beforeAll(async () => {
  server = await startArticleServer(hostileRoutes());
  firefox = await launchFirefoxWithExtension(firefoxExtensionDir());
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('story-aware by default, in Firefox ESR', () => {
  it('highlights a page about a story', async () => {
    const page = await open('/article');
    await page.waitForSelector('[data-dramatis-actor="vladimir-medinsky"]', { timeout: 15_000 });
    await page.close();
  });

  it('leaves a page about no story byte for byte untouched', async () => {
    const page = await open('/pages/off-story.html');
    await page.waitForFunction(() => performance.getEntriesByName('dramatis:decide').length > 0, {
      timeout: 15_000,
      polling: 100,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = (await page.evaluate(() => {
      const w = window as unknown as { parsed: string; mutations: number };
      return { parsed: w.parsed, now: document.documentElement.outerHTML, mutations: w.mutations };
    })) as { parsed: string; now: string; mutations: number };
    expect(seen.parsed).toContain('Carmakers brace');
    expect(seen.now).toBe(seen.parsed);
    expect(seen.mutations).toBe(0);
    await page.close();
  });
});
