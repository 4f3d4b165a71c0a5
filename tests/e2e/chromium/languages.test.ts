import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../utils/shared/dataset/bundled';
import {
  PAGE_NAMES,
  loadFixture,
  score,
  type ExpectedMentions,
  type PageName,
} from '../../fixtures/languages/fixtures';
import { firstPass } from '../../support/hostilePages';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { highlightEverywhere } from '../../support/highlightEverywhere';

let browser: ExtensionBrowser;
let server: ArticleServer;
const found = new Map<PageName, ExpectedMentions>();

/**
 * The mentions marked on a page, as a reader sees them: the pieces of each mention (same
 * `data-dramatis-mention`) joined, grouped by actor, in page order; whitespace as one space.
 */
function markedMentions(page: Page): Promise<ExpectedMentions> {
  return page.evaluate(() => {
    const mentions = new Map<string, { actor: string; text: string }>();
    for (const mark of document.querySelectorAll<HTMLElement>('[data-dramatis-actor]')) {
      const key = mark.dataset.dramatisMention ?? '';
      const mention = mentions.get(key) ?? { actor: mark.dataset.dramatisActor ?? '', text: '' };
      mention.text += mark.textContent ?? '';
      mentions.set(key, mention);
    }
    const byActor: Record<string, string[]> = {};
    for (const { actor, text } of mentions.values()) {
      (byActor[actor] ??= []).push(text.replace(/\s+/g, ' '));
    }
    return byActor;
  });
}

/** Marks inside elements the highlighter must leave alone, and the fields' values. */
const excluded = (page: Page) =>
  page.evaluate(() => ({
    marks: document.querySelectorAll(
      ':is(input, textarea, pre, code, script, [contenteditable="true"]) dramatis-mark',
    ).length,
    textarea: document.querySelector('textarea')?.value ?? null,
  }));

async function open(name: PageName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/languages/${name}`);
  await firstPass(page);
  return page;
}

beforeAll(async () => {
  const routes = PAGE_NAMES.map((name) => [`/languages/${name}`, loadFixture(name).html]);
  server = await startArticleServer(Object.fromEntries(routes));
  browser = await launchChromiumWithExtension(extensionDir());
  // The matcher in each language is tested (a page of false friends too), not the story rule.
  await highlightEverywhere(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the language fixture pages in Chromium', () => {
  it.each(PAGE_NAMES)('%s: marks every mention as printed, and nothing else', async (name) => {
    const page = await open(name);
    const textarea = await page.evaluate(() => document.querySelector('textarea')?.value ?? null);
    found.set(name, await markedMentions(page));
    expect(found.get(name)).toEqual(loadFixture(name).expected);
    expect(await excluded(page)).toEqual({ marks: 0, textarea });
    await page.close();
  });

  it('has 100% recall and no false highlight across the suite', () => {
    const totals = PAGE_NAMES.map((name) =>
      score(loadFixture(name).expected, found.get(name) ?? {}),
    ).reduce((a, b) => ({
      total: a.total + b.total,
      hits: a.hits + b.hits,
      falseHits: a.falseHits + b.falseHits,
    }));
    expect(totals).toEqual({ total: totals.total, hits: totals.total, falseHits: 0 });
    expect(totals.total).toBeGreaterThan(300);
  });

  it('colours the organisations by their own category', async () => {
    const page = await open('de');
    const categories = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll<HTMLElement>('[data-dramatis-actor="nato"]')].map(
          (mark) => mark.dataset.dramatisCategory,
        ),
      ),
    ]);
    const nato = bundledDataset().actors.find((a) => a.id === 'nato');
    expect(categories).toEqual([nato?.category]);
    await page.close();
  });
});
