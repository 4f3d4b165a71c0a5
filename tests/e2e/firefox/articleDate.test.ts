import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../support/firefox';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

/** One article text about Umerov, dated by the page's own metadata. */
const article = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>Istanbul talks</title>${head}</head><body><article><header><h1>Talks in Istanbul</h1>
  </header><p>Ukraine's delegation was led by Rustem Umerov.</p></article></body></html>`;

let firefox: FirefoxWithExtension;
let server: ArticleServer;

beforeAll(async () => {
  server = await startArticleServer({
    '/july': article('<meta property="article:published_time" content="2025-07-23T21:40+03:00">'),
    '/may': article('<meta itemprop="datePublished" content="2025-05-16">'),
  });
  firefox = await launchFirefoxWithExtension(withOpenCard(firefoxExtensionDir()));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens the page, hovers Umerov's mark and returns the card's role and round lines. */
async function umerovCard(path: string): Promise<{ role: string; round: string }> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.url}${path}`);
  const mark = await page.waitForSelector('dramatis-mark[data-dramatis-actor="rustem-umerov"]', {
    timeout: 10_000,
  });
  await mark?.hover();
  const card = await page.waitForSelector('dramatis-card >>> [role="dialog"]', {
    visible: true,
    timeout: 5_000,
  });
  const lines = (await card!.evaluate((el) => ({
    role: el.querySelector('.role')?.textContent ?? '',
    round: el.querySelector('.delegation')?.textContent ?? '',
  }))) as { role: string; round: string };
  await page.close();
  return lines;
}

describe('the card is right for the article’s date, in Firefox (bundled data)', () => {
  it('on a page dated 23 July 2025: the Security Council secretary, the third round', async () => {
    const card = await umerovCard('/july');
    expect(card.role).toMatch(/National Security and Defence Council/);
    expect(card.round).toContain('Third round');
  });

  it('on the same text dated 16 May 2025: the defence ministry, the first round', async () => {
    const card = await umerovCard('/may');
    expect(card.role).toMatch(/Minister of Defence/);
    expect(card.round).toContain('First round');
  });
});
