import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { hostileRoutes } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

let browser: ExtensionBrowser;
let server: ArticleServer;
let worker: Worker;
let page: Page;
const errors: string[] = [];

/** Every actor the page names, in order of first appearance, with its number of mentions. */
const cast = (p: Page) =>
  p.evaluate(() => {
    const mentions = new Map<string, Set<string | null>>();
    for (const mark of document.querySelectorAll('dramatis-mark')) {
      const id = mark.getAttribute('data-dramatis-actor')!;
      mentions.set(
        id,
        (mentions.get(id) ?? new Set()).add(mark.getAttribute('data-dramatis-mention')),
      );
    }
    return [...mentions].map(([id, seen]) => `${id} ×${seen.size}`);
  });

const ENVOY = ['keith-kellogg ×3', 'rustem-umerov ×1', 'vladimir-medinsky ×2'];
const BREAKFAST = ['hakan-fidan ×1', 'marco-rubio ×1'];

const card = () => page.locator('dramatis-card [role="dialog"]');
const marks = (actor: string) => page.locator(`dramatis-mark[data-dramatis-actor="${actor}"]`);

/** Waits until the page shows `article` and Dramatis has highlighted exactly `expected`. */
async function showing(article: string, expected: string[]) {
  await page.waitForFunction((name) => document.body.dataset.rendered === name, article);
  await expect.poll(() => cast(page), { timeout: 10_000 }).toEqual(expected);
}

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The toolbar badge of the (only, active) tab. */
const badge = () =>
  worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });

/** What the popup lists under "On this page" for the tab, and the popup itself. */
async function popupCast(): Promise<{ popup: Page; listed: (string | null)[] }> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.tabs.query({ active: true }))[0]!.id!;
  });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
  const buttons = popup.locator('.cast-list button');
  await buttons.first().waitFor();
  const listed = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('data-actor')));
  return { popup, listed };
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
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  worker = browser.context.serviceWorkers()[0]!;
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/news/envoy`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a single-page app moving between articles, in Chromium', () => {
  it('highlights the article it opens with', async () => {
    await showing('envoy', ENVOY);
    await expect.poll(badge, { timeout: 5_000 }).toBe('3');
  });

  it('leaves marks and a pinned card alone on a #fragment jump within the article', async () => {
    const { popup } = await popupCast();
    await popup.locator('.cast-list button[data-actor="vladimir-medinsky"]').click();
    await card().waitFor({ state: 'visible' });
    expect(await card().textContent()).toContain('Mention 1 of 2 on this page');
    await popup.close();
    await page.bringToFront();
    await card().getByRole('button', { name: 'Keep this card open' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { changes: number };
      w.changes = 0;
      new MutationObserver((records) => (w.changes += records.length)).observe(document.body, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.click('#jump');
    expect(new URL(page.url()).hash).toBe('#more');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
    expect(await card().isVisible()).toBe(true);
    expect(await card().textContent()).toContain('Vladimir Medinsky');
  });

  it('closes the card and highlights the next article afresh after pushState', async () => {
    await page.getByRole('link', { name: 'Breakfast talks' }).click();
    await card().waitFor({ state: 'detached', timeout: 5_000 });
    await showing('breakfast', BREAKFAST);
    // "Kellogg" counts only on a page naming Keith Kellogg in full: the last article did.
    expect(await page.locator('#story').textContent()).toContain('Kellogg cornflakes');
    expect(await marks('keith-kellogg').count()).toBe(0);
  });

  it('tells the popup and the toolbar badge about the new article', async () => {
    await expect.poll(badge, { timeout: 5_000 }).toBe('2');
    const { popup, listed } = await popupCast();
    expect(listed).toEqual(['hakan-fidan', 'marco-rubio']);
    await popup.close();
  });

  it('goes back (popstate) to the first article, whole again; the popup walks from mention 1', async () => {
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/news/envoy');
    await showing('envoy', ENVOY);
    await expect.poll(badge, { timeout: 5_000 }).toBe('3');
    const { popup, listed } = await popupCast();
    expect(listed).toEqual(['keith-kellogg', 'rustem-umerov', 'vladimir-medinsky']);
    await popup.locator('.cast-list button[data-actor="vladimir-medinsky"]').click();
    await card().waitFor({ state: 'visible' });
    expect(await card().textContent()).toContain('Mention 1 of 2 on this page');
    await popup.close();
    expect(errors).toEqual([]);
  });

  it('decides the next article afresh: one about no story gets nothing written to it', async () => {
    await page.getByRole('link', { name: 'Car tariffs' }).click();
    await page.waitForFunction(() => document.body.dataset.rendered === 'tariffs');
    await expect.poll(() => cast(page), { timeout: 10_000 }).toEqual([]);
    await page.waitForFunction(() => performance.getEntriesByName('dramatis:decide').length > 1);
    const story = await page.evaluate(() => document.getElementById('story')!.innerHTML);
    expect(story).toBe(
      '<h1>Car tariffs</h1><p>Donald Trump and Friedrich Merz argued about car tariffs.</p>',
    );
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
    await page.goBack();
    await showing('envoy', ENVOY);
    expect(errors).toEqual([]);
  });
});
