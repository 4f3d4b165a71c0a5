import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { hostileRoutes } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { installedStory, storiesWith } from '../../support/storedStories';
import { withOpenCard } from '../../support/openCardBuild';
import { summitStory } from '../../fixtures/summitStory';

/** A page about both installed stories: the Istanbul talks and the (invented) Anchorage summit. */
const BOTH = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two summits</title>
  </head><body><article><p>In Istanbul, Vladimir Medinsky met Rustem Umerov.</p>
  <p>In Anchorage, Marco Rubio met Rustem Umerov again.</p></article></body></html>`;

/**
 * A page about both bundled stories (docs/story-rule.md): "Istanbul talks" and "prisoner
 * exchange" for the one, "Alaska summit" and "Anchorage" for the other, and Rustem Umerov, a
 * core actor of both (he led Ukraine's delegation in Istanbul and was at the White House table).
 */
const BOTH_BUNDLED = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta property="article:published_time" content="2025-08-20T08:00:00Z">
  <title>From the Istanbul talks to the Alaska summit</title></head><body><article>
  <h1>From the Istanbul talks to the Alaska summit</h1>
  <p>Rustem Umerov, who led Ukraine's delegation in Istanbul, agreed another prisoner exchange.</p>
  <p>After the meeting in Anchorage, Umerov flew to Washington.</p></article></body></html>`;

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<{ res?: unknown; err?: unknown }>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { sync: { set(v: object): Promise<void> }; local: { set(v: object): Promise<void> } };
};
const chromeIn = () => (globalThis as unknown as { chrome: Chrome }).chrome;

let browser: ExtensionBrowser;
let server: ArticleServer;
let worker: Worker;

/**
 * Before the page's own scripts: keeps the document as parsed (at DOMContentLoaded) and counts
 * every DOM mutation after it, so a test can tell the page was left exactly as it was.
 */
const WATCH_PAGE = () => {
  const w = window as unknown as { parsed?: string; mutations: number };
  w.mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    w.parsed = document.documentElement.outerHTML;
    new MutationObserver((records) => (w.mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
};

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(WATCH_PAGE);
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Waits (polling: background tabs get no animation frames) for a condition in a page. */
const until = (page: Page, condition: () => unknown) =>
  page.waitForFunction(condition, null, { polling: 100, timeout: 15_000 });
const decided = (page: Page) =>
  until(page, () => performance.getEntriesByName('dramatis:decide').length > 0);
const actorsOn = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    ),
  ]);

async function tabId(page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = await worker.evaluate(() => chromeIn().tabs.query({ active: true }));
  if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error('no single active tab');
  return tabs[0].id;
}

/** Sends a tab the message the popup sends (the envelope of utils/platform/askTab.ts); its answer. */
async function ask(page: Page, type: 'getPageCast' | 'highlightAnyway'): Promise<unknown> {
  const id = await tabId(page);
  const reply = await worker.evaluate(
    ([tab, kind]) =>
      chromeIn().tabs.sendMessage(tab, { id: 1, type: kind, data: undefined, timestamp: 0 }),
    [id, type] as const,
  );
  return reply.res;
}

const badge = async (page: Page) => {
  const id = await tabId(page);
  return worker.evaluate((tab) => chromeIn().action.getBadgeText({ tabId: tab }), id);
};

/** Rests the pointer on the middle of an element (the card opens after a calm dwell). */
async function hover(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

beforeAll(async () => {
  server = await startArticleServer({
    ...hostileRoutes(),
    '/both': BOTH,
    '/both-bundled': BOTH_BUNDLED,
  });
  // The build with the card's shadow root open, so a test can read the card (one word differs).
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate((source) => {
    (globalThis as Record<string, unknown>).chromeIn = new Function(`return (${source})`)();
  }, chromeIn.toString());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('story-aware highlighting (Chromium)', () => {
  it('leaves a page about no story byte for byte untouched, with no badge', async () => {
    const page = await open('/pages/off-story.html');
    await decided(page);
    await page.waitForTimeout(500); // past the badge's settling delay
    const { parsed, now, mutations } = await page.evaluate(() => {
      const w = window as unknown as { parsed: string; mutations: number };
      return { parsed: w.parsed, now: document.documentElement.outerHTML, mutations: w.mutations };
    });
    expect(now).toBe(parsed);
    expect(mutations).toBe(0);
    expect(await badge(page)).toBe('');
    expect(await ask(page, 'getPageCast')).toMatchObject({
      ok: true,
      value: {
        actors: [],
        highlighting: 'none',
        // Every enabled story, the two bundled ones, each with its title for the popup.
        stories: [
          {
            id: 'istanbul-talks-2025',
            title: { en: 'The Istanbul talks, 2025' },
            about: false,
          },
          {
            id: 'alaska-summit-2025',
            title: { en: 'The Alaska summit and the White House meeting, 2025' },
            about: false,
          },
        ],
      },
    });
    await page.close();
  });

  it('highlights a page about a story', async () => {
    const page = await open('/article');
    await until(page, () => document.querySelector('[data-dramatis-actor="vladimir-medinsky"]'));
    expect(await actorsOn(page)).toContain('volodymyr-zelenskyy');
    expect(await ask(page, 'getPageCast')).toMatchObject({
      value: {
        highlighting: 'about',
        stories: [
          { id: 'istanbul-talks-2025', about: true },
          { id: 'alaska-summit-2025', about: false },
        ],
      },
    });
    await expect.poll(() => badge(page)).not.toBe('');
    await page.close();
  });

  it('"Highlight here anyway" highlights the page, form fields left alone', async () => {
    const page = await open('/pages/off-story.html');
    await decided(page);
    expect(await actorsOn(page)).toEqual([]);
    expect(await ask(page, 'highlightAnyway')).toEqual({ ok: true });
    await until(page, () => document.querySelector('[data-dramatis-actor="donald-trump"]'));
    expect(await actorsOn(page)).toEqual(
      expect.arrayContaining(['donald-trump', 'friedrich-merz', 'emmanuel-macron', 'nato']),
    );
    expect(await page.inputValue('input[name="email"]')).toBe('Donald Trump');
    expect(await ask(page, 'getPageCast')).toMatchObject({ value: { highlighting: 'anyway' } });
    await expect.poll(() => badge(page)).not.toBe('');
    await page.close();
  });

  it('"Highlight on every page" brings back the old behaviour, and its end the new', async () => {
    const page = await open('/pages/off-story.html');
    await decided(page);
    await worker.evaluate(() => chromeIn().storage.sync.set({ highlightEverywhere: true }));
    await until(page, () => document.querySelector('[data-dramatis-actor="friedrich-merz"]'));
    const fresh = await open('/pages/off-story.html');
    await until(fresh, () => document.querySelector('[data-dramatis-actor="donald-trump"]'));
    expect(await ask(fresh, 'getPageCast')).toMatchObject({
      value: { highlighting: 'everywhere' },
    });
    await worker.evaluate(() => chromeIn().storage.sync.set({ highlightEverywhere: false }));
    await until(fresh, () => !document.querySelector('[data-dramatis-actor]'));
    const html = await fresh.evaluate(() => [
      document.documentElement.outerHTML,
      (window as unknown as { parsed: string }).parsed,
    ]);
    expect(html[0]).toBe(html[1]);
    await page.close();
    await fresh.close();
  });

  it('clears the marks of a story turned off in an open tab at once, keeping the other', async () => {
    const both = storiesWith(summitStory);
    await worker.evaluate((stories) => chromeIn().storage.local.set({ stories }), both);
    const page = await open('/both');
    await until(page, () => document.querySelector('[data-dramatis-actor="marco-rubio"]'));
    expect(await actorsOn(page)).toEqual(['vladimir-medinsky', 'rustem-umerov', 'marco-rubio']);
    expect(await ask(page, 'getPageCast')).toMatchObject({
      value: {
        highlighting: 'about',
        // "Anchorage" and Umerov, Rubio: about the bundled Alaska story as well.
        stories: [
          { id: 'istanbul-talks-2025', about: true },
          { id: 'alaska-summit-2025', about: true },
          { id: 'summit-fixture', about: true },
        ],
      },
    });
    // The reader turns the bundled Istanbul story off (the options page writes this).
    const off = { ...installedStory(summitStory, false), dataset: null, source: null };
    await worker.evaluate((stories) => chromeIn().storage.local.set({ stories }), {
      ...both,
      'istanbul-talks-2025': off,
    });
    // The tab starts afresh with the stories left: every mark goes at once, and the other
    // stories' casts come back after the page is read again. Wait for that, not the gap between.
    await until(
      page,
      () =>
        !document.querySelector('[data-dramatis-actor="vladimir-medinsky"]') &&
        document.querySelector('[data-dramatis-actor="marco-rubio"]'),
    );
    expect(await actorsOn(page)).toEqual(['rustem-umerov', 'marco-rubio']);
    expect(await ask(page, 'getPageCast')).toMatchObject({
      value: {
        stories: [
          { id: 'alaska-summit-2025', about: true },
          { id: 'summit-fixture', about: true },
        ],
      },
    });
    await worker.evaluate(() => chromeIn().storage.local.set({ stories: {} }));
    await page.close();
  });

  it('gives an actor of both bundled stories one card, with a section for each story', async () => {
    const page = await open('/both-bundled');
    const umerov = page.locator('dramatis-mark[data-dramatis-actor="rustem-umerov"]').first();
    await umerov.waitFor();
    expect(await ask(page, 'getPageCast')).toMatchObject({
      value: {
        highlighting: 'about',
        stories: [
          { id: 'istanbul-talks-2025', about: true },
          { id: 'alaska-summit-2025', about: true },
        ],
      },
    });
    await hover(page, umerov);
    const card = page.locator('dramatis-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('Rustem Umerov');
    const sections = card.locator('section.story');
    expect(
      await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-story'))),
    ).toEqual(['istanbul-talks-2025', 'alaska-summit-2025']);
    expect(await card.locator('section.story > h3').allTextContents()).toEqual([
      'The Istanbul talks, 2025',
      'The Alaska summit and the White House meeting, 2025',
    ]);
    await page.close();
  });

  it('has the popup name the stories a page is not about, and highlight it anyway on request', async () => {
    const page = await open('/pages/off-story.html');
    await decided(page);
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabId(page)}`,
    );
    await popup
      .getByText(
        'This page doesn’t look like it’s about “The Istanbul talks, 2025” or “The Alaska ' +
          'summit and the White House meeting, 2025”, so nothing is highlighted.',
      )
      .waitFor();
    expect(await actorsOn(page)).toEqual([]);
    await popup.getByRole('button', { name: 'Highlight here anyway' }).click();
    await until(page, () => document.querySelector('[data-dramatis-actor="donald-trump"]'));
    expect(await actorsOn(page)).toEqual(
      expect.arrayContaining(['donald-trump', 'friedrich-merz', 'emmanuel-macron']),
    );
    // The popup shows what the tab found, and says why.
    await popup.locator('.cast-list button[data-actor="donald-trump"]').waitFor();
    await popup.getByText('Highlighted anyway', { exact: false }).waitFor();
    await popup.close();
    await page.close();
  });
});
