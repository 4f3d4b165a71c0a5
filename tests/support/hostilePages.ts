import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { hundredThousandNodesPage, megabyteTextNodePage } from '../fixtures/pages/generated';
import { startArticleServer, type ArticleServer, type Route } from './server';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};
/** Sent with `/pages/csp.html`: nothing but the page's own files, no inline script or style. */
export const STRICT_CSP = "default-src 'self'";

/**
 * Every file of `tests/fixtures/pages/` as a route under `/pages/`, with its content type (the
 * strict-CSP page with its header), plus the generated `/pages/big.html` (100,000 nodes) and
 * `/pages/huge.html` (one 1 MB text node).
 */
export function hostileRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const name of readdirSync(PAGES_DIR)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const headers: Record<string, string> =
      name === 'csp.html' ? { 'content-security-policy': STRICT_CSP } : {};
    routes[`/pages/${name}`] = { body: readFileSync(join(PAGES_DIR, name)), type, headers };
  }
  routes['/pages/big.html'] = { body: hundredThousandNodesPage() };
  routes['/pages/huge.html'] = { body: megabyteTextNodePage() };
  return routes;
}

/** Two servers of the hostile pages: two origins, for cross-origin frames. */
export async function startHostileServers(): Promise<{
  main: ArticleServer;
  other: ArticleServer;
}> {
  const routes = hostileRoutes();
  const [main, other] = await Promise.all([startArticleServer(routes), startArticleServer(routes)]);
  return { main, other };
}

/** A page and every error it has reported: uncaught, in the page or in our content script. */
export interface WatchedPage {
  page: Page;
  errors: string[];
}

/**
 * Opens `url` in a new tab, collecting uncaught errors and console errors of every frame, from
 * the page's scripts and from the extension's content script alike (Chromium reports both).
 */
export async function openWatched(context: BrowserContext, url: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, errors };
}

/** Waits until Dramatis has finished its first pass over a page or frame. */
export async function firstPass(target: Page | Frame, timeout = 15_000): Promise<void> {
  await target.waitForFunction(
    () => performance.getEntriesByName('dramatis:highlight').length > 0,
    null,
    { timeout },
  );
}

/**
 * The marks under a selector as [text, actor id] (open shadow roots not included), whatever
 * their element name (another than `dramatis-mark` where the page defined that one itself).
 */
export function marksIn(target: Page | Frame, selector = 'body') {
  return target.evaluate((sel) => {
    const marks = document.querySelectorAll(`${sel} [data-markjs][data-dramatis-actor]`);
    return Array.from(marks, (m) => [m.textContent, m.getAttribute('data-dramatis-actor')]);
  }, selector);
}
