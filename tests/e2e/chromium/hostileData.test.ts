import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
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
 * Issue 17, item 1 and 2: hostile data files (a 3,500- and a 6,000-letter name, 400,000 names)
 * through an import on the options page and through the daily refresh's alarm. Each is refused
 * with a clear message; the data in use stays; the options page stays usable; the refresh
 * writes its status. The build is a copy granted the test server's host at install (see
 * `buildWithHostPermission`); the import path does not use that permission.
 */

let browser: ExtensionBrowser;
let granted: { dir: string; remove(): Promise<void> };
let data: HttpsServer;
let server: ArticleServer;
let article: Page;
let options: Page;

/** The `chrome` of an extension page, as far as these tests use it. */
interface PageChrome {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { when: number }): Promise<void>;
  };
}

/** The stored entry of the bundled story (undefined while it has none). */
const storedStory = (page: Page) =>
  page.evaluate(
    async (id) =>
      (
        (await (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.get(
          'stories',
        )) as { stories?: Record<string, StoredStory> }
      ).stories?.[id],
    STORY_ID,
  );

/** Stores `entry` as the bundled story's, as an import or an older version would have. */
const storeStory = (page: Page, entry: object) =>
  page.evaluate(
    ([id, value]) =>
      (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.set({
        stories: { [id]: value },
      }),
    [STORY_ID, entry] as const,
  );

/** The bundled story's row on the options page. */
const storyRow = () => options.locator('.story-list > li').first();
const summary = () => storyRow().textContent();

const upload = (name: string, text: string) =>
  options.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

beforeAll(async () => {
  data = await startHttpsDataServer(FILES);
  granted = await buildWithHostPermission(extensionDir(), 'https://127.0.0.1/*');
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(granted.dir, {
    args: ['--ignore-certificate-errors'],
  });
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForSelector('[data-dramatis-actor="sergei-lavrov"]');
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await storyRow().waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await granted?.remove();
  await data?.close();
  await server?.close();
});

describe('hostile data files imported on the options page', () => {
  for (const [path, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${path.slice(1)} with a clear message, keeping the data in use`, async () => {
      await upload(path.slice(1), FILES[path as keyof typeof FILES]);
      const alert = options.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(expected);
      expect(await alert.textContent()).toContain('This file was not imported');
      expect(await summary()).toContain('bundled with the extension');
      expect(
        await article.locator('[data-dramatis-actor="sergei-lavrov"]').count(),
      ).toBeGreaterThan(0);
    }, 60_000);
  }

  it('is still usable after all of them, and opens again', async () => {
    await options.reload();
    await storyRow().waitFor();
    expect(await summary()).toContain('bundled with the extension');
    await options.getByRole('radio', { name: 'Underline' }).click();
    await options.getByRole('radio', { name: 'Background' }).click();
  });

  it('opens, and resets, with a 3,500-letter name stored by an older version', async () => {
    const file = JSON.parse(longNameFile(3_500)) as object;
    await storeStory(options, {
      ...NO_STORY,
      dataset: file,
      source: { kind: 'file', name: 'long.json', appliedAt: Date.now() },
    });
    await options.reload();
    await storyRow().waitFor();
    const alert = storyRow().getByRole('alert').first();
    expect(await alert.textContent()).toContain(
      'The imported version of this story is no longer valid, so the bundled version is used.',
    );
    expect(await alert.textContent()).toMatch(EXPECTED['/long-3500.json']);
    await options.getByRole('button', { name: 'Reset to the bundled version' }).click();
    await expect.poll(async () => (await storedStory(options))?.dataset).toBeNull();
    expect(await summary()).toContain('bundled with the extension');
  });
});

describe('hostile data files delivered by the daily refresh', () => {
  beforeAll(async () => {
    const inUse = { ...bundledFile(), title: 'In use before the refresh', version: 'e2e' };
    const source = { kind: 'url', name: `${data.url}/good.json`, appliedAt: Date.now() };
    await storeStory(options, { ...NO_STORY, dataset: inUse, source });
    await options.locator('.story-list > li', { hasText: 'In use before the refresh' }).waitFor();
  });

  for (const [path, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${path.slice(1)} when the alarm fires: status written, data kept`, async () => {
      const url = `${data.url}${path}`;
      const entry = await storedStory(options);
      await storeStory(options, { ...entry, refresh: { enabled: true, url } });
      // The background schedules the alarm for the new setting; then it is made due now.
      await expect
        .poll(() =>
          options.evaluate(() =>
            (globalThis as unknown as { chrome: PageChrome }).chrome.alarms.get('dramatis-refresh'),
          ),
        )
        .toBeTruthy();
      await options.evaluate(() =>
        (globalThis as unknown as { chrome: PageChrome }).chrome.alarms.create('dramatis-refresh', {
          when: Date.now(),
        }),
      );
      await expect
        .poll(async () => (await storedStory(options))?.refreshStatus?.url, { timeout: 45_000 })
        .toBe(url);
      const status = (await storedStory(options))!.refreshStatus!;
      expect(status.outcome).toBe('failed');
      expect(problemTextsOf(status)).toMatch(expected);
      expect((await storedStory(options))?.dataset?.title).toBe('In use before the refresh');
      // The options page shows the outcome, and still the data in use, with its buttons.
      const shown = options.locator('.refresh [role="alert"]');
      await expect.poll(() => shown.textContent()).toMatch(expected);
      expect(await summary()).toContain('In use before the refresh');
      expect(
        await options.getByRole('button', { name: 'Reset to the bundled version' }).isEnabled(),
      ).toBe(true);
    }, 60_000);
  }
});
