import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { storiesWith } from '../../support/storedStories';
import type { Dataset } from '../../../utils/shared/dataset/schema';

/**
 * Tabs get their cast from the background, which validated it (`getActiveCast`). In
 * Chrome the background is an MV3 service worker that the browser stops when it is idle; a tab
 * opened, or a story changed, while it is stopped must still be highlighted (a tab's message,
 * or the background's own storage listener, wakes it). The worker is stopped as Chrome's own
 * guide to testing it does, by closing its DevTools target.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;
let cdp: CDPSession;

/** The extension data file, as an extension page would store it. */
const bundled = JSON.parse(
  readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
) as Dataset;

/** The extension API, as an extension page sees it. */
interface ExtensionGlobal {
  chrome: {
    storage: { local: { set(items: object): Promise<void> } };
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}

/**
 * Waits until the tab's content script has reported its actor count to the background (the
 * toolbar badge shows it). The report is sent 250 ms after a highlight pass and wakes a stopped
 * worker, so a test that stops the worker before it arrives sees the worker come back.
 */
async function countReported(page: Page): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension service worker is not running');
  await page.bringToFront();
  const badge = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      const [tab] = await chrome.tabs.query({ active: true });
      return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
    });
  // A hand-made poll: `expect.poll` is not allowed in `beforeAll`, which needs this too.
  for (const deadline = Date.now() + 10_000; !(await badge());) {
    if (Date.now() > deadline) throw new Error('the tab never reported its actor count');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The DevTools targets of the extension's service worker (none while it is stopped). */
const workerTargets = async () =>
  (await cdp.send('Target.getTargets')).targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.includes(browser.extensionId),
  );

/** Stops the extension's service worker, as the browser does when it is idle. */
async function stopWorker(): Promise<void> {
  for (const target of await workerTargets())
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await expect.poll(async () => (await workerTargets()).length, { timeout: 5_000 }).toBe(0);
}

const markedActors = (page: Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
          m.getAttribute('data-dramatis-actor'),
        ),
      ),
    ].sort(),
  );

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await firstPass(article);
  await countReported(article);
  await article.evaluate(() => Object.assign(window, { notReloaded: true }));
  cdp = await browser.context.newCDPSession(article);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a sleeping service worker', () => {
  it('is woken by a tab opened meanwhile, which is highlighted as usual', async () => {
    const expected = await markedActors(article);
    expect(expected).toContain('sergei-lavrov');
    await stopWorker();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/article`);
    await firstPass(page);
    expect(await markedActors(page)).toEqual(expected);
    expect(await workerTargets()).toHaveLength(1);
    // Its own count report must not land on the worker the next test stops.
    await countReported(page);
    await page.close();
  });

  it('answers an open tab after its story changed, without reloading it', async () => {
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const next = { ...bundled, title: 'Without Lavrov' };
    next.actors = bundled.actors.filter((a) => a.id !== 'sergei-lavrov');
    await stopWorker();
    await extensionPage.evaluate(
      (stories) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ stories }),
      storiesWith(next),
    );
    // Highlighted again with the new data: Medinsky back, Lavrov not.
    await article.waitForFunction(
      () =>
        !!document.querySelector('[data-dramatis-actor="vladimir-medinsky"]') &&
        !document.querySelector('[data-dramatis-actor="sergei-lavrov"]'),
    );
    expect(await article.evaluate(() => 'notReloaded' in window)).toBe(true);
    await extensionPage.close();
  });
});
