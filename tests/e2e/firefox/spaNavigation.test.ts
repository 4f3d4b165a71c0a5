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
let page: Page;

/** The actors the page's marks name, in order of first appearance. */
const actors = (p: Page) =>
  p.evaluate(() => [
    ...new Set(
      Array.from(document.querySelectorAll('dramatis-mark'), (m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    ),
  ]);

/** Waits until the page shows `article` and Dramatis has highlighted exactly `expected`. */
async function showing(article: string, expected: string[]) {
  await page.waitForFunction((name) => document.body.dataset.rendered === name, {}, article);
  await expect.poll(() => actors(page), { timeout: 10_000 }).toEqual(expected);
}

beforeAll(async () => {
  const routes = hostileRoutes();
  const spa = routes['/pages/spa.html']!;
  server = await startArticleServer({
    ...routes,
    '/news/envoy': spa,
    '/news/breakfast': spa,
    '/news/tariffs': spa,
  });
  firefox = await launchFirefoxWithExtension(firefoxExtensionDir());
  page = await firefox.browser.newPage();
  await page.goto(`${server.url}/news/envoy`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('a single-page app moving between articles, in Firefox ESR', () => {
  it('highlights the next article afresh after pushState, and the first again after back', async () => {
    await showing('envoy', ['keith-kellogg', 'rustem-umerov', 'vladimir-medinsky']);
    await page.click('a[href="/news/breakfast"]');
    await showing('breakfast', ['hakan-fidan', 'marco-rubio']);
    await page.goBack();
    await showing('envoy', ['keith-kellogg', 'rustem-umerov', 'vladimir-medinsky']);
  });
});
