import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import {
  bundledFile,
  buildWithHostPermission,
  EMPTY_STORY_ENTRY as NO_STORY,
  HOSTILE_EXPECTED as EXPECTED,
  HOSTILE_FILES as FILES,
  HOSTILE_STORY_ID as STORY_ID,
  longNameFile,
  problemTextsOf,
  startHttpsDataServer,
  type HttpsServer,
  type StoredStory,
} from '../../support/hostileData';
import { startArticleServer, type ArticleServer } from '../../support/server';

/**
 * Issue 17, items 1 and 2, in Firefox ESR: hostile data files (a 3,500- and a 6,000-letter
 * name, 400,000 names) through an import on the options page and through the daily refresh's
 * alarm: refused with a clear message, the data in use kept, the options page usable, the
 * refresh status written. The build is a copy granted the test server's host at install.
 */

let firefox: FirefoxWithExtension;
let granted: { dir: string; remove(): Promise<void> };
let data: HttpsServer;
let server: ArticleServer;
let article: Page;
let options: Page;
let filesDir: string;

/** The `browser` of an extension page, as far as these tests use it. */
interface PageBrowser {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { when: number }): void;
  };
}

/** The stored entry of the bundled story (null while it has none). */
const storedStory = () =>
  options.evaluate(
    async (id) =>
      (
        (await (globalThis as unknown as { browser: PageBrowser }).browser.storage.local.get(
          'stories',
        )) as { stories?: Record<string, StoredStory> }
      ).stories?.[id] ?? null,
    STORY_ID,
  );

/** Stores `entry` as the bundled story's, as an import or an older version would have. */
const storeStory = (entry: object) =>
  options.evaluate(
    (id, value) =>
      (globalThis as unknown as { browser: PageBrowser }).browser.storage.local.set({
        stories: { [id]: value },
      }),
    STORY_ID,
    entry,
  );

/** The bundled story's row on the options page. */
const summary = () => options.$eval('.story-list > li', (el) => el.textContent ?? '');
const alertsText = () =>
  options.$$eval('[role="alert"]', (els) => els.map((el) => el.textContent).join('\n'));

/** Waits, up to `timeout` ms, until `read` gives a value `accept`s; returns it. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 45_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`Gave up waiting; last value: ${String(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function upload(name: string, text: string): Promise<void> {
  const file = join(filesDir, name);
  await writeFile(file, text);
  const input = await options.waitForSelector('input[type="file"]');
  await input?.uploadFile(file);
}

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'dramatis-hostile-'));
  data = await startHttpsDataServer(FILES);
  granted = await buildWithHostPermission(firefoxExtensionDir(), 'https://127.0.0.1/*');
  server = await startArticleServer();
  firefox = await launchFirefoxWithExtension(granted.dir, { acceptInsecureCerts: true });
  article = await firefox.browser.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForSelector('[data-dramatis-actor="sergei-lavrov"]', { timeout: 20_000 });
  options = await firefox.openExtensionPage('options.html');
  await options.waitForSelector('.story-list > li');
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await granted?.remove();
  await data?.close();
  await server?.close();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe('hostile data files imported on the options page in Firefox ESR', () => {
  for (const [path, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${path.slice(1)} with a clear message, keeping the data in use`, async () => {
      await upload(path.slice(1), FILES[path as keyof typeof FILES]);
      const text = await until(alertsText, (t) => expected.test(t));
      expect(text).toContain('This file was not imported');
      expect(await summary()).toContain('bundled with the extension');
      expect(await article.$('[data-dramatis-actor="sergei-lavrov"]')).not.toBeNull();
    }, 60_000);
  }

  it('opens, and resets, with a 3,500-letter name stored by an older version', async () => {
    const file = JSON.parse(longNameFile(3_500)) as object;
    await storeStory({
      ...NO_STORY,
      dataset: file,
      source: { kind: 'file', name: 'long.json', appliedAt: Date.now() },
    });
    options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('.story-list > li');
    const text = await alertsText();
    expect(text).toContain(
      'The imported version of this story is no longer valid, so the bundled version is used.',
    );
    expect(text).toMatch(EXPECTED['/long-3500.json']);
    const reset = await options.waitForSelector('::-p-text(Reset to the bundled version)');
    await reset?.click();
    await until(
      async () => (await storedStory())?.dataset,
      (value) => value === null,
    );
  }, 60_000);
});

describe('hostile data files delivered by the daily refresh in Firefox ESR', () => {
  beforeAll(async () => {
    const inUse = { ...bundledFile(), title: 'In use before the refresh', version: 'e2e' };
    const source = { kind: 'url', name: `${data.url}/good.json`, appliedAt: Date.now() };
    await storeStory({ ...NO_STORY, dataset: inUse, source });
    await until(summary, (text) => text.includes('In use before the refresh'));
  });

  for (const [path, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${path.slice(1)} when the alarm fires: status written, data kept`, async () => {
      const url = `${data.url}${path}`;
      await storeStory({ ...(await storedStory()), refresh: { enabled: true, url } });
      // The background schedules the alarm for the new setting; then it is made due now.
      await until(
        () =>
          options.evaluate(() =>
            (globalThis as unknown as { browser: PageBrowser }).browser.alarms.get(
              'dramatis-refresh',
            ),
          ),
        Boolean,
      );
      await options.evaluate(() =>
        (globalThis as unknown as { browser: PageBrowser }).browser.alarms.create(
          'dramatis-refresh',
          { when: Date.now() },
        ),
      );
      const status = (await until(
        async () => (await storedStory())?.refreshStatus ?? null,
        (value) => value?.url === url,
      ))!;
      expect(status.outcome).toBe('failed');
      expect(problemTextsOf(status)).toMatch(expected);
      expect((await storedStory())?.dataset?.title).toBe('In use before the refresh');
      await until(alertsText, (text) => expected.test(text), 10_000);
      expect(await summary()).toContain('In use before the refresh');
    }, 60_000);
  }
});
