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

/**
 * A reader who imported data before stories (issue 14) updates Dramatis: the old single-dataset
 * storage is moved into `local:stories` when the background starts, before it answers any tab,
 * and the page is highlighted with the data they imported. Chrome's worker is stopped (as
 * sleepingWorker.test.ts does), so the page's question starts the background anew.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let cdp: CDPSession;
let scratch: Page;

/** The bundled file as a version 2 file (no `story`), imported before stories, without Lavrov. */
function oldImport(): object {
  const raw = JSON.parse(
    readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
  ) as {
    story?: unknown;
    actors: { id: string }[];
    delegations: { members: { actor: string }[] }[];
  };
  delete raw.story;
  return {
    ...raw,
    schemaVersion: 2,
    title: 'Imported before stories',
    actors: raw.actors.filter((a) => a.id !== 'sergei-lavrov'),
  };
}

interface ExtensionGlobal {
  chrome: {
    storage: {
      local: { set(items: object): Promise<void>; get(keys: null): Promise<object> };
      sync: { set(items: object): Promise<void>; get(keys: null): Promise<object> };
    };
  };
}

const worker = () => {
  const found = browser.context.serviceWorkers()[0];
  if (!found) throw new Error('the extension service worker is not running');
  return found;
};

const workerTargets = async () =>
  (await cdp.send('Target.getTargets')).targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.includes(browser.extensionId),
  );

async function stopWorker(): Promise<void> {
  for (const target of await workerTargets())
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await expect.poll(async () => (await workerTargets()).length, { timeout: 5_000 }).toBe(0);
}

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  scratch = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(scratch);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the storage from before stories', () => {
  it('is moved into the stories at background start, and its data highlights the page', async () => {
    await worker().evaluate(async (dataset) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      await chrome.storage.local.set({
        dataset,
        datasetSource: { kind: 'file', name: 'old.json', appliedAt: 1 },
        previousDataset: { dataset: null, source: null },
      });
      await chrome.storage.sync.set({ autoRefresh: { enabled: false, url: '' } });
    }, oldImport());
    await stopWorker();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/article`);
    await firstPass(page);
    const actors = await page.evaluate(() =>
      [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    );
    expect(actors).toContain('vladimir-medinsky');
    expect(actors).not.toContain('sergei-lavrov');
    const stored = (await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      return {
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
      };
    })) as { local: Record<string, unknown>; sync: Record<string, unknown> };
    expect(Object.keys(stored.local)).toEqual(['stories']);
    expect(stored.sync).not.toHaveProperty('autoRefresh');
    const stories = stored.local.stories as Record<
      string,
      { dataset: { title: string; story: { id: string } } }
    >;
    expect(Object.keys(stories)).toEqual(['istanbul-talks-2025']);
    expect(stories['istanbul-talks-2025']!.dataset.title).toBe('Imported before stories');
    expect(stories['istanbul-talks-2025']!.dataset.story.id).toBe('istanbul-talks-2025');
    await page.close();
  });
});
