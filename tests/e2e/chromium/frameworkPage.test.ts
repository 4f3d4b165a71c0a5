import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass, marksIn, openWatched, startHostileServers } from '../../support/hostilePages';
import type { ArticleServer } from '../../support/server';
import { highlightEverywhere } from '../../support/highlightEverywhere';

/** The fixture's framework, as the page exposes it (see tests/fixtures/pages/framework.js). */
interface App {
  hydrated: boolean;
  rewrites: number;
  ticks: number;
  setText(key: string, i: number, text: string): void;
  removeText(key: string, i: number): void;
  insertText(key: string, i: number, text: string): void;
  reverseList(): void;
  view(key: string): string;
  keys(): string[];
}

let browser: ExtensionBrowser;
let servers: { main: ArticleServer; other: ArticleServer };
let page: Page;
let errors: string[];

/**
 * Runs one framework update in the page, then reports, in the next animation frame (before the
 * browser paints), every element whose text differs from what the framework rendered.
 */
function update(change: string): Promise<string[]> {
  return page.evaluate(async (source) => {
    const app = (window as unknown as { app: App }).app;
    new Function('app', source)(app);
    await new Promise(requestAnimationFrame);
    return app.keys().flatMap((key) => {
      const shown = document.querySelector(`[data-key="${key}"]`)!.textContent;
      return shown === app.view(key) ? [] : [`${key}: "${shown}" ≠ "${app.view(key)}"`];
    });
  }, change);
}

const settle = () => page.waitForTimeout(400);

beforeAll(async () => {
  servers = await startHostileServers();
  browser = await launchChromiumWithExtension(extensionDir());
  // The page tests the highlighter against a framework, not which story it is about.
  await highlightEverywhere(browser);
  ({ page, errors } = await openWatched(
    browser.context,
    `${servers.main.url}/pages/framework.html`,
  ));
  await firstPass(page);
});

afterAll(async () => {
  await browser?.close();
  await servers?.main.close();
  await servers?.other.close();
});

describe('a page rendered by a framework that holds its text nodes', () => {
  it('hydrates without a mismatch, and is highlighted after', async () => {
    expect(await page.evaluate(() => (window as unknown as { app: App }).app.hydrated)).toBe(true);
    expect((await marksIn(page, '[data-key="lead"]')).map(([, id]) => id)).toEqual([
      'vladimir-putin',
      'volodymyr-zelenskyy',
    ]);
    expect(errors).toEqual([]);
  });

  it('shows each text the framework writes in place, before the next paint', async () => {
    expect(await update(`app.setText('lead', 1, 'Lavrov said Rubio was ready')`)).toEqual([]);
    expect(await update(`app.setText('title', 0, 'Merz calls Erdoğan')`)).toEqual([]);
    await settle();
    expect(await marksIn(page, '[data-key="lead"]')).toEqual([
      ['Lavrov', 'sergei-lavrov'],
      ['Rubio', 'marco-rubio'],
      ['Zelenskyy', 'volodymyr-zelenskyy'],
    ]);
    expect((await marksIn(page, 'h1')).map(([text]) => text)).toEqual(['Merz', 'Erdoğan']);
    expect(errors).toEqual([]);
  });

  it('lets the framework remove and insert text nodes by reference', async () => {
    expect(await update(`app.removeText('lead', 2)`)).toEqual([]);
    expect(await update(`app.insertText('lead', 1, 'Trump and Putin: ')`)).toEqual([]);
    expect(await update(`app.removeText('lead', 2)`)).toEqual([]);
    expect(await update(`app.reverseList()`)).toEqual([]);
    await settle();
    expect(await page.textContent('[data-key="lead"]')).toBe('Moscow: Trump and Putin: ');
    expect((await marksIn(page, '[data-key="lead"]')).map(([text]) => text)).toEqual([
      'Trump',
      'Putin',
    ]);
    expect((await marksIn(page, 'ul')).map(([text]) => text)).toEqual(['Rubio', 'Erdoğan', 'Merz']);
    expect(errors).toEqual([]);
  });

  it('keeps up with a live ticker that rewrites its node twice a second', async () => {
    const ticks = await page.evaluate(() => (window as unknown as { app: App }).app.ticks);
    await page.waitForFunction(
      (t) => (window as unknown as { app: App }).app.ticks >= t + 4,
      ticks,
    );
    expect(await update('')).toEqual([]);
    await settle();
    expect(await marksIn(page, '[data-key="live"]')).toEqual([['Lavrov', 'sergei-lavrov']]);
  });

  it('stops, instead of looping, where a component rewrites whatever we mark', async () => {
    await page.waitForTimeout(3_000);
    const rewrites = await page.evaluate(() => (window as unknown as { app: App }).app.rewrites);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (window as unknown as { app: App }).app.rewrites)).toBe(
      rewrites,
    );
    expect(rewrites).toBeLessThanOrEqual(20);
    expect(await update('')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
