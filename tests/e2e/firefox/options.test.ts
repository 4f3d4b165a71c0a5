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
) as { title: string; actors: { id: string; names: string[]; category: string }[] };

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

const summary = (page: Page) => page.$eval('dl.summary', (el) => el.textContent ?? '');

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
  await options.waitForSelector('dl.summary');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe('importing a dataset on the options page in Firefox ESR, opened in a tab', () => {
  it('shows the data in use', async () => {
    const text = await summary(options);
    expect(text).toContain(bundled.title);
    expect(text).toContain('bundled with the extension');
    expect(text).toContain(String(bundled.actors.length));
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
    expect(await summary(options)).toContain('bundled with the extension');
    expect(await markedActors(article)).toContain('sergei-lavrov');
  });

  it('applies a valid file at once in open tabs', async () => {
    const next = structuredClone(bundled);
    next.title = 'Istanbul talks, without Lavrov';
    next.actors = next.actors.filter((a) => a.id !== 'sergei-lavrov');
    await upload(options, 'next.json', JSON.stringify(next));
    await applyIfPreviewed(options);
    await options.waitForFunction(
      () => document.body.textContent?.includes('Imported “Istanbul talks, without Lavrov”'),
      { timeout: 5_000 },
    );
    expect(await summary(options)).toContain('Istanbul talks, without Lavrov');
    // The open tab re-highlights with the new data: Lavrov unmarked, the others marked again.
    await article.waitForFunction(
      () =>
        !document.querySelector('[data-dramatis-actor="sergei-lavrov"]') &&
        document.querySelector('[data-dramatis-actor="vladimir-medinsky"]'),
      { timeout: 5_000 },
    );
    expect(await markedActors(article)).toContain('vladimir-medinsky');
    const lavrovParagraphs = await article.$$eval(
      'p',
      (ps) => ps.filter((p) => p.textContent?.includes('Sergei Lavrov')).length,
    );
    expect(lavrovParagraphs).toBe(1);
  });
});
