import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  extensionIdFromPath,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, SEED_ARTICLE_TITLE, type ArticleServer } from '../../support/server';

const TIMEOUT_MS = 60_000;

/** A minimal MV3 extension: a service worker and a content script that tags the page. */
const MANIFEST = {
  manifest_version: 3,
  name: 'Dramatis harness probe',
  version: '0.0.1',
  background: { service_worker: 'background.js' },
  content_scripts: [
    { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' },
  ],
};

/** Writes the probe extension into a fresh temp dir and returns that dir. */
async function writeProbeExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dramatis-probe-ext-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  await writeFile(join(dir, 'background.js'), "self.addEventListener('install', () => {});\n");
  await writeFile(join(dir, 'content.js'), "document.documentElement.dataset.harness = 'ok';\n");
  return dir;
}

describe('e2e harness (Chromium + throwaway MV3 extension)', () => {
  let extDir: string;
  let server: ArticleServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    extDir = await writeProbeExtension();
    server = await startArticleServer({ '/empty': '<!doctype html><title>empty</title>' });
    browser = await launchChromiumWithExtension(extDir);
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extDir) await rm(extDir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it('reports the extension id from its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.extensionId).toBe(extensionIdFromPath(extDir));
  });

  it(
    'runs the content script on the article page',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/article`);
      await page.waitForFunction(() => document.documentElement.dataset.harness === 'ok', null, {
        timeout: 15_000,
      });
      expect(await page.locator('h1').textContent()).toBe(SEED_ARTICLE_TITLE);
      expect(await page.locator('article h2').count()).toBeGreaterThan(0);
      expect(await page.locator('#reader-search').inputValue()).toBe('Vladimir Putin');
      await page.close();
    },
    TIMEOUT_MS,
  );

  it(
    'serves extra routes and 404s unknown paths',
    async () => {
      const page = await browser.context.newPage();
      const ok = await page.goto(`${server.url}/empty`);
      expect(ok?.status()).toBe(200);
      expect(ok?.headers()['content-type']).toBe('text/html; charset=utf-8');
      const missing = await page.goto(`${server.url}/nope`);
      expect(missing?.status()).toBe(404);
      await page.close();
    },
    TIMEOUT_MS,
  );
});
