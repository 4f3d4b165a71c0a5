import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';

/**
 * Highlight density in a real page: calm by default (later mentions of a name in a paragraph
 * lighter), and a change of the setting restyles open pages by attributes alone, without
 * adding or removing a node.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;

type SyncGlobal = { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };

async function setDensity(density: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(
    (value) =>
      (globalThis as unknown as SyncGlobal).chrome.storage.sync.set({ highlightDensity: value }),
    density,
  );
  await page.close();
}

/** The background and bar of the first later mention in a paragraph, and the mark count. */
const lookOfRepeat = () =>
  article.evaluate(() => {
    const mark = document.querySelector('[data-dramatis-repeat-probe]')!;
    const style = getComputedStyle(mark);
    return {
      background: style.backgroundColor,
      bar: style.boxShadow,
      marks: document.querySelectorAll('dramatis-mark').length,
    };
  });

beforeAll(async () => {
  server = await startArticleServer();
  browser = await launchChromiumWithExtension(extensionDir());
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await firstPass(article);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlight density', () => {
  it('is calm by default, and the setting restyles without adding or removing nodes', async () => {
    await article.waitForFunction(() => document.querySelector('[data-dramatis-repeat="light"]'));
    await article.evaluate(() => {
      document
        .querySelector('[data-dramatis-repeat="light"]')!
        .setAttribute('data-dramatis-repeat-probe', '');
      const added: Node[] = [];
      const removed: Node[] = [];
      new MutationObserver((records) => {
        for (const r of records) {
          added.push(...r.addedNodes);
          removed.push(...r.removedNodes);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
      Object.assign(window, { nodeChanges: () => added.length + removed.length });
    });
    const calm = await lookOfRepeat();
    expect(calm.bar).toBe('none');

    await setDensity('every');
    await article.waitForFunction(() => !document.querySelector('[data-dramatis-repeat]'));
    const every = await lookOfRepeat();
    expect(every.background).not.toBe(calm.background);
    expect(every.bar).not.toBe('none');

    await setDensity('first');
    await article.waitForFunction(() => document.querySelector('[data-dramatis-repeat="plain"]'));
    const first = await lookOfRepeat();
    expect(first.background).toBe('rgba(0, 0, 0, 0)');

    expect([calm.marks, every.marks, first.marks]).toEqual([calm.marks, calm.marks, calm.marks]);
    expect(
      await article.evaluate(() => (window as unknown as { nodeChanges(): number }).nodeChanges()),
    ).toBe(0);
  });
});
