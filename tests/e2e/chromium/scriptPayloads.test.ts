import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptPayloadDataset } from '../../fixtures/scriptPayloads';
import { escapeHtml } from '../../support/articlePage';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass, openWatched } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { highlightEverywhere } from '../../support/highlightEverywhere';
import { storiesWith } from '../../support/storedStories';
import { withOpenCard } from '../../support/openCardBuild';

const dataset = scriptPayloadDataset();
/** The payload names of the first actors (the fixture puts a payload first in each list). */
const named = dataset.actors.slice(0, 4).map((actor) => String(actor.names[0]));

/** The extension API, as an extension page sees it. */
interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
}

let browser: ExtensionBrowser;
let server: ArticleServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const paragraphs = named.map((name) => `<p>Today ${escapeHtml(name)} said nothing.</p>`);
  server = await startArticleServer({
    '/payloads': `<!doctype html><meta charset="utf-8"><title>payloads</title>${paragraphs.join('')}`,
  });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  // The data's strings are tested (rendered as text), not which story the page is about.
  await highlightEverywhere(browser);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(
    (stories) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ stories }),
    storiesWith(dataset),
  );
  await options.close();
  ({ page, errors } = await openWatched(browser.context, `${server.url}/payloads`));
  await firstPass(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a dataset of script payloads in the built extension', () => {
  it('highlights payload names as text and runs none of them', async () => {
    const marked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dramatis-mark'), (m) => m.textContent),
    );
    expect(marked).toEqual(named);
    expect(
      await page.evaluate(() => document.querySelectorAll('img, script, iframe, svg').length),
    ).toBe(0);
  });

  it('shows every payload of a card as text, creating no element from it', async () => {
    for (const [i, name] of named.entries()) {
      const mark = page.locator('dramatis-mark').nth(i);
      await mark.hover();
      const card = page.locator('dramatis-card [role="dialog"]');
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await card.textContent()).toContain(dataset.actors[i]!.name);
      const made = await page.evaluate(() => {
        const root = document.querySelector('dramatis-card')!.shadowRoot!;
        // The card's own drawn icons (data-card-icon) are the only SVG it may hold.
        const bad = root.querySelectorAll(
          'img, script, iframe, svg:not([data-card-icon]), math, details, object, embed',
        );
        const links = Array.from(root.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!);
        return { bad: bad.length, links: links.filter((href) => !/^https?:\/\//.test(href)) };
      });
      expect(made, name).toEqual({ bad: 0, links: [] });
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
      await card.waitFor({ state: 'detached', timeout: 5_000 });
    }
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
