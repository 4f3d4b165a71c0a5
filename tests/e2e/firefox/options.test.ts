import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { startArticleServer, type ArticleServer } from '../../support/server';

let firefox: FirefoxWithExtension;
let server: ArticleServer;
let article: Page;
let options: Page;
let filesDir: string;

const bundled = JSON.parse(
  readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
) as {
  title: string;
  version: string;
  story: { title: { en: string } };
  actors: { id: string; names: string[]; category: string }[];
};
const ISTANBUL = bundled.story.title.en;
/** The second bundled story, listed after the first. */
const ALASKA = (
  JSON.parse(
    readFileSync(new URL('../../../data/alaska-2025.json', import.meta.url), 'utf8'),
  ) as typeof bundled
).story.title.en;

/** Picks a file with `text` in the options page's file input, as the reader would. */
async function upload(page: Page, name: string, text: string): Promise<void> {
  const file = join(filesDir, name);
  await writeFile(file, text);
  const input = await page.waitForSelector('input[type="file"]');
  await input?.uploadFile(file);
}

/** Confirms the import when the options page first shows a preview of the file, as it may. */
async function applyIfPreviewed(page: Page): Promise<void> {
  const next = await page.waitForSelector('.preview-box button.primary, [role="status"] .ok', {
    timeout: 5_000,
  });
  if (await next?.evaluate((el) => el.matches('.preview-box button.primary'))) await next?.click();
}

/** The text of the options page's story rows, one string per row. */
const rows = (page: Page) =>
  page.$$eval('.story-list > li', (items) => items.map((li) => li.textContent ?? ''));

const markedActors = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    ),
  ]);

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'dramatis-import-'));
  server = await startArticleServer();
  firefox = await launchFirefoxWithExtension(firefoxExtensionDir());
  article = await firefox.browser.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForSelector('[data-dramatis-actor="sergei-lavrov"]', { timeout: 20_000 });
  options = await firefox.openExtensionPage('options.html');
  await options.waitForSelector('.story-list > li [role="switch"]');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe('the stories on the options page in Firefox ESR, opened in a tab', () => {
  it('lists the bundled stories, in bundled order, with their facts', async () => {
    const [text, alaska, ...others] = await rows(options);
    expect(others).toEqual([]);
    expect(text).toContain(ISTANBUL);
    expect(text).toContain('bundled with the extension');
    expect(text).toContain(bundled.version);
    expect(text).toContain(String(bundled.actors.length));
    expect(alaska).toContain(ALASKA);
    expect(alaska).toContain('bundled with the extension');
  });

  it('refuses an invalid file with every problem, and keeps the data in use', async () => {
    const broken = structuredClone(bundled);
    broken.actors[0]!.id = broken.actors[1]!.id;
    broken.actors[2]!.category = 'nowhere';
    await upload(options, 'broken.json', JSON.stringify(broken));
    const alert = await options.waitForSelector('[role="alert"]', { timeout: 5_000 });
    const text = (await alert?.evaluate((el) => el.textContent)) ?? '';
    expect(text).toContain(`actors[1].id: "${bundled.actors[1]!.id}" is already used by actors[0]`);
    expect(text).toContain('no category has the id "nowhere"');
    const after = await rows(options);
    expect(after).toEqual([expect.stringContaining(ISTANBUL), expect.stringContaining(ALASKA)]);
    for (const row of after) expect(row).toContain('bundled with the extension');
    expect(await markedActors(article)).toContain('sergei-lavrov');
  });

  it('applies a new version of the story, previewed against it; a page opened next uses it', async () => {
    const next = structuredClone(bundled);
    next.title = 'Istanbul talks, without Lavrov';
    next.version = 'ff-1';
    next.actors = next.actors.filter((a) => a.id !== 'sergei-lavrov');
    await upload(options, 'next.json', JSON.stringify(next));
    const preview = await options.waitForSelector('.preview-box', { timeout: 5_000 });
    expect(await preview?.evaluate((el) => el.textContent)).toContain(
      `Replaces the installed story “${ISTANBUL}”:`,
    );
    await applyIfPreviewed(options);
    await options.waitForFunction(
      () => document.body.textContent?.includes('Imported “Istanbul talks, without Lavrov”'),
      { timeout: 5_000 },
    );
    await options.waitForFunction(
      () => document.querySelector('.story-list > li')?.textContent?.includes('ff-1'),
      { timeout: 5_000 },
    );
    const [istanbul, alaska, ...others] = await rows(options);
    expect(others).toEqual([]);
    expect(istanbul).toContain(ISTANBUL);
    expect(istanbul).toContain('the file “next.json”, applied');
    expect(alaska).toContain(ALASKA);
    expect(alaska).toContain('bundled with the extension');
    // A page opened now gets the new version: Lavrov unmarked, the others marked.
    const page = await firefox.browser.newPage();
    try {
      await page.goto(`${server.url}/article`);
      await page.waitForSelector('[data-dramatis-actor="vladimir-medinsky"]', { timeout: 20_000 });
      expect(await markedActors(page)).not.toContain('sergei-lavrov');
    } finally {
      await page.close();
    }
  });

  it('turns the story off with its switch, and on again', async () => {
    const state = () =>
      options.$eval('.story-list [role="switch"]', (el) => (el as HTMLInputElement).checked);
    await options.click('.story-list [role="switch"]');
    await options.waitForFunction(
      (title: string) =>
        document.querySelector('[role="status"]')?.textContent?.includes(`“${title}” is off`),
      { timeout: 5_000 },
      ISTANBUL,
    );
    expect(await state()).toBe(false);
    await options.click('.story-list [role="switch"]');
    await options.waitForFunction(
      (title: string) =>
        document.querySelector('[role="status"]')?.textContent?.includes(`“${title}” is on`),
      { timeout: 5_000 },
      ISTANBUL,
    );
    expect(await state()).toBe(true);
  });
});
