import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { withOpenCard } from '../../support/openCardBuild';
import { startArticleServer, type ArticleServer } from '../../support/server';

/*
 * Keyboard shortcuts. Headless Chromium delivers no shortcuts to extensions, so this file loads
 * the test build (`npm run build:e2e`), whose background exposes the shortcut handler to the
 * extension's own worker scope; the shipped build leaves that hook out (testBuild.test.ts).
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let page: Page;

const card = (p: Page) => p.locator('dramatis-card [role="dialog"]');

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir('test')));
  page = await browser.context.newPage();
  await page.goto(`${server.url}/article`);
  await page.locator('dramatis-mark[data-dramatis-actor="vladimir-medinsky"]').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the keyboard shortcuts', () => {
  it('is reached by the keyboard shortcut, tabbable inside, and gives focus back on Esc', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    type Commands = { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    const shortcuts = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: Commands } }).chrome.commands.getAll(),
    );
    expect(shortcuts.filter((c) => c.name?.startsWith('focus-')).map((c) => c.shortcut)).toEqual([
      'Alt+Shift+J',
      'Alt+Shift+K',
    ]);
    // Headless Chromium does not deliver shortcuts to extensions: run the command's handler.
    const command = (name: string) =>
      worker.evaluate(
        (n) =>
          (
            globalThis as unknown as { dramatisHandleCommand(c: string): Promise<void> }
          ).dramatisHandleCommand(n),
        name,
      );
    await page.bringToFront();
    await page.locator('h1').click();
    await command('focus-next-mention');
    await card(page).waitFor({ state: 'visible', timeout: 3_000 });
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-dramatis-actor') ?? null);
    expect(await focused()).toBe('vladimir-putin');
    await page.keyboard.press('Tab');
    const inCard = await page.evaluate(
      () => document.querySelector('dramatis-card')?.shadowRoot?.activeElement?.tagName,
    );
    expect(inCard).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await focused()).toBe('vladimir-putin');
    await command('focus-next-mention');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-dramatis-actor') === 'volodymyr-zelenskyy',
    );
  });
});
