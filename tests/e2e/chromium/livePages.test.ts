import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPass } from '../../support/hostilePages';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';

/** A live blog: a new post every 150 ms, eight in all, each naming someone from the cast. */
const LIVE_BLOG = `<!doctype html><html><head><meta charset="utf-8">
  <title>Live: the direct talks in Istanbul</title></head><body>
  <main id="feed"><p>Live: Istanbul talks.</p></main>
  <script>
    const names = ['Vladimir Putin', 'Rustem Umerov', 'Hakan Fidan', 'Marco Rubio'];
    let n = 0;
    const timer = setInterval(() => {
      const p = document.createElement('p');
      p.textContent = 'Update ' + (n + 1) + ': ' + names[n % names.length] + ' spoke again.';
      document.getElementById('feed').append(p);
      if (++n === 8) { clearInterval(timer); document.body.dataset.done = 'yes'; }
    }, 150);
  </script></body></html>`;

let browser: ExtensionBrowser;
let server: ArticleServer;

beforeAll(async () => {
  server = await startArticleServer({ '/live': LIVE_BLOG });
  browser = await launchChromiumWithExtension(extensionDir());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marked = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelectorAll('#feed p'),
      (p) => p.querySelector('dramatis-mark')?.getAttribute('data-dramatis-actor') ?? null,
    ),
  );

describe('live pages in Chromium', () => {
  it('highlights every post a live blog appends, as it arrives', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/live`);
    await page.waitForFunction(() => document.body.dataset.done === 'yes');
    await page.waitForFunction(() => document.querySelectorAll('#feed dramatis-mark').length >= 8);
    expect(await marked(page)).toEqual([
      null,
      'vladimir-putin',
      'rustem-umerov',
      'hakan-fidan',
      'marco-rubio',
      'vladimir-putin',
      'rustem-umerov',
      'hakan-fidan',
      'marco-rubio',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches a category off and on without adding or removing a single node', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/article`);
    await firstPass(page);
    await page.evaluate(() => {
      const w = window as unknown as { childChanges: number };
      w.childChanges = 0;
      new MutationObserver((records) => {
        w.childChanges += records.filter((r) => r.type !== 'attributes').length;
      }).observe(document.body, { childList: true, characterData: true, subtree: true });
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const russia = popup.getByRole('checkbox', { name: 'Russia' });
    await russia.uncheck();
    await page.waitForFunction(() => document.querySelector('[data-dramatis-hidden]'), null, {
      polling: 50,
    });
    await russia.check();
    await page.waitForFunction(() => !document.querySelector('[data-dramatis-hidden]'), null, {
      polling: 50,
    });
    const changes = await page.evaluate(
      () => (window as unknown as { childChanges: number }).childChanges,
    );
    expect(changes).toBe(0);
    await popup.close();
    await page.close();
  });
});
