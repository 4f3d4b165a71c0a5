import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';

/**
 * The popup as a reader sees it: a toolbar popup is at most 600 px tall, so the popup page is
 * opened in a tab of that height. What matters (who is on this page, the category switches)
 * must be visible without scrolling, and a page Dramatis cannot enter must leave the console
 * quiet (no "Unchecked runtime.lastError" piling up in the extension's Errors list).
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let worker: Worker;

type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> } };

async function tabId(page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true }),
  );
  if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error('no single active tab');
  return tabs[0].id;
}

/** The popup page for a tab, in a 360 × 600 px viewport, with its console errors collected. */
async function popupFor(page: Page) {
  const id = await tabId(page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  const errors: string[] = [];
  popup.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  popup.on('pageerror', (e) => void errors.push(e.message));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
  return { popup, errors };
}

/** Whether an element lies wholly inside the viewport with the page not scrolled. */
const unscrolledInView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return scrollY === 0 && box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  });

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the popup in 600 px', () => {
  it('shows "On this page" and every category switch without scrolling', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${server.url}/article`);
    await firstPass(article);
    const { popup } = await popupFor(article);
    await popup.locator('.cast-list button').first().waitFor();
    expect(await popup.locator('.cast-list button').count()).toBeGreaterThan(1);
    expect(await unscrolledInView(popup, '.on-page')).toBe(true);
    const switches = popup.locator('.toggles:not(.pause)');
    expect(await unscrolledInView(popup, '.toggles:not(.pause)')).toBe(true);
    expect(await switches.getByRole('checkbox').count()).toBeGreaterThan(3);
    const nestedScroll = await popup.evaluate(() =>
      [...document.querySelectorAll('main *')].some(
        (el) =>
          el.scrollHeight > el.clientHeight + 1 &&
          /auto|scroll/.test(getComputedStyle(el).overflowY),
      ),
    );
    expect(nestedScroll).toBe(false);
    await popup.close();
    await article.close();
  });

  it('logs no console error in 10 s on a page without the content script', async () => {
    const internal = await browser.context.newPage();
    await internal.goto('chrome://version');
    const { popup, errors } = await popupFor(internal);
    await popup.getByText('Dramatis can’t read this page').waitFor();
    await popup.waitForTimeout(10_000);
    expect(errors).toEqual([]);
    await popup.close();
    await internal.close();
  });
});
