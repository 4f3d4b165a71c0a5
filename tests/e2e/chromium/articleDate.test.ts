import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

/** One article text about Umerov, dated by the page's own metadata. */
const article = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>Istanbul talks</title>${head}</head><body><article><header><h1>Talks in Istanbul</h1>
  </header><p>Ukraine's delegation was led by Rustem Umerov.</p></article></body></html>`;

const JULY = article(
  '<meta property="article:published_time" content="2025-07-23T21:40:00+03:00">',
);
const MAY = article(
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2025-05-16' }],
  })}</script>`,
);

let browser: ExtensionBrowser;
let server: ArticleServer;

beforeAll(async () => {
  server = await startArticleServer({ '/july': JULY, '/may': MAY, '/app/may': MAY });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page, hovers Umerov's mark and returns the card's role, "later" and round lines. */
async function umerovCard(
  path: string,
  before?: (page: Page) => Promise<void>,
): Promise<{ role: string; later: string; round: string }> {
  const page: Page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`);
  await before?.(page);
  const mark = page.locator('dramatis-mark[data-dramatis-actor="rustem-umerov"]').first();
  await mark.waitFor({ timeout: 10_000 });
  await mark.hover();
  const card = page.locator('dramatis-card [role="dialog"]');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  const text = async (selector: string) =>
    (await card.locator(selector).count())
      ? ((await card.locator(selector).textContent()) ?? '')
      : '';
  const lines = {
    role: await text('.role'),
    later: await text('.role-later'),
    round: await text('.delegation'),
  };
  await page.close();
  return lines;
}

describe('the card is right for the article’s date (bundled data)', () => {
  it('on a page dated 23 July 2025: the Security Council secretary, the third round', async () => {
    const card = await umerovCard('/july');
    expect(card.role).toMatch(/National Security and Defence Council/);
    expect(card.role).toContain('on July 23, 2025');
    expect(card.later).toBe('');
    expect(card.round).toContain('Third round');
    expect(card.round).toContain('July 23, 2025');
  });

  it('on the same text dated 16 May 2025: the defence ministry, the first round', async () => {
    const card = await umerovCard('/may');
    expect(card.role).toMatch(/Minister of Defence/);
    expect(card.role).toContain('on May 16, 2025');
    expect(card.later).toMatch(/^later: .*National Security and Defence Council/);
    expect(card.round).toContain('First round');
    expect(card.round).toContain('May 16, 2025');
  });

  it('reads the date again when a single-page app moves to an article of another day', async () => {
    const card = await umerovCard('/app/may', async (page) => {
      await page.locator('dramatis-mark[data-dramatis-actor="rustem-umerov"]').waitFor();
      await page.evaluate(() => {
        const meta = document.createElement('meta');
        meta.setAttribute('property', 'article:published_time');
        meta.content = '2025-07-23T12:00:00Z';
        document.head.querySelector('script[type="application/ld+json"]')?.remove();
        document.head.append(meta);
        document.querySelector('article p')!.textContent = 'In July, Rustem Umerov led again.';
        history.pushState({}, '', '/app/july');
      });
      await page.waitForFunction(() =>
        document.querySelector('dramatis-mark')?.closest('p')?.textContent?.startsWith('In July'),
      );
    });
    expect(card.role).toMatch(/National Security and Defence Council/);
    expect(card.round).toContain('Third round');
  });

  it('the popup opened on the May article shows the May role too', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/may`);
    await page.locator('dramatis-mark[data-dramatis-actor="rustem-umerov"]').first().waitFor();
    await page.bringToFront();
    const worker = browser.context.serviceWorkers()[0]!;
    type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const id = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Tabs };
      return (await chrome.tabs.query({ active: true }))[0]!.id!;
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
    // Search results show while the reader types.
    await popup.locator('input[type="search"]').fill('Umerov');
    const role = popup.locator('.results button[data-actor="rustem-umerov"] .result-role');
    await expect
      .poll(() => role.textContent(), { timeout: 10_000 })
      .toBe('Minister of Defence of Ukraine');
    await popup.close();
    await page.close();
  });
});
