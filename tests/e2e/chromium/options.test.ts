import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;
let options: Page;

const bundled = JSON.parse(
  readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
) as { title: string; actors: { id: string; names: string[]; category: string }[] };

const upload = (page: Page, name: string, text: string) =>
  page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

const markedActors = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    ),
  ]);

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForSelector('[data-dramatis-actor="sergei-lavrov"]');
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('importing a dataset on the options page', () => {
  it('shows the data in use', async () => {
    const summary = await options.locator('dl.summary').textContent();
    expect(summary).toContain(bundled.title);
    expect(summary).toContain('bundled with the extension');
    expect(summary).toContain(String(bundled.actors.length));
  });

  it('refuses an invalid file with every problem, and keeps the data in use', async () => {
    const broken = structuredClone(bundled);
    broken.actors[0]!.id = broken.actors[1]!.id;
    broken.actors[2]!.category = 'nowhere';
    await upload(options, 'broken.json', JSON.stringify(broken));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(`actors[1].id: "${bundled.actors[1]!.id}" is already used by actors[0]`);
    expect(text).toContain('no category has the id "nowhere"');
    expect(await options.locator('dl.summary').textContent()).toContain(
      'bundled with the extension',
    );
    expect(await markedActors(article)).toContain('sergei-lavrov');
  });

  it('applies a valid file at once in open tabs', async () => {
    const next = structuredClone(bundled);
    next.title = 'Istanbul talks, without Lavrov';
    next.actors = next.actors.filter((a) => a.id !== 'sergei-lavrov');
    await upload(options, 'next.json', JSON.stringify(next));
    await options.getByText('Imported “Istanbul talks, without Lavrov”').waitFor();
    expect(await options.locator('dl.summary').textContent()).toContain('imported');
    await article.waitForFunction(
      () => !document.querySelector('[data-dramatis-actor="sergei-lavrov"]'),
    );
    expect(await markedActors(article)).toContain('vladimir-medinsky');
    expect(await article.locator('p', { hasText: 'Sergei Lavrov' }).count()).toBe(1);
  });
});
