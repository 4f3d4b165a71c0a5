import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { EXPECTED_MENTIONS } from '../expectedMentions';

let firefox: FirefoxWithExtension;
let server: ArticleServer;
let article: Page;

beforeAll(async () => {
  server = await startArticleServer();
  firefox = await launchFirefoxWithExtension(firefoxExtensionDir());
  article = await firefox.browser.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForFunction(
    () => document.querySelectorAll('[data-dramatis-actor]').length > 0,
    { timeout: 20_000 },
  );
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the built extension in Firefox ESR', () => {
  it('marks every actor of the seed article, as often as it is named', async () => {
    const mentions = await article.evaluate(() => {
      const byActor: Record<string, string[]> = {};
      for (const mark of document.querySelectorAll<HTMLElement>('[data-dramatis-actor]')) {
        const id = mark.getAttribute('data-dramatis-actor') as string;
        const mention = mark.getAttribute('data-dramatis-mention') as string;
        byActor[id] = [...new Set([...(byActor[id] ?? []), mention])];
      }
      return Object.fromEntries(Object.entries(byActor).map(([id, list]) => [id, list.length]));
    });
    expect(mentions).toEqual(EXPECTED_MENTIONS);
  });

  it('leaves the input, textarea and code block alone', async () => {
    const inside = await article.evaluate(() => ({
      marks: document.querySelectorAll('.reader-tools dramatis-mark').length,
      textarea: (document.querySelector('#reader-notes') as HTMLTextAreaElement).value,
    }));
    expect(inside).toEqual({ marks: 0, textarea: 'Vladimir Putin' });
  });

  it('opens a card naming the Russian delegation when the pointer rests on Medinsky', async () => {
    const mark = await article.waitForSelector(
      'dramatis-mark[data-dramatis-actor="vladimir-medinsky"]',
    );
    await mark?.scrollIntoView();
    await mark?.hover();
    const card = await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      visible: true,
      timeout: 5_000,
    });
    const text = await card?.evaluate((el) => el.textContent);
    expect(text).toContain('Russian delegation');
    expect(text).toContain('head of delegation');
    await article.keyboard.press('Escape');
    await article.waitForSelector('dramatis-card >>> [role="dialog"]', {
      hidden: true,
      timeout: 5_000,
    });
  });
});
