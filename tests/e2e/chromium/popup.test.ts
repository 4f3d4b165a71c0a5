import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

// About the Istanbul talks (a keyword and a core actor, Medinsky): the popup is tested.
const SECOND = `<!doctype html><html><head><meta charset="utf-8">
  <title>Second: direct talks in Istanbul</title></head><body>
  <p>Vladimir Medinsky und Donald Trump.</p></body></html>`;
// About the Istanbul talks by two keywords alone (a short wire item), and naming no one.
const NOBODY = `<!doctype html><html><head><meta charset="utf-8">
  <title>Nobody: the Istanbul talks</title></head><body>
  <p>The second round ended after an hour; both sides agreed another prisoner exchange.</p>
  </body></html>`;
// One keyword, no actor: about no story (the weather in a city of sixteen million).
const WEATHER = `<!doctype html><html><head><meta charset="utf-8">
  <title>Weather: mild days in Istanbul</title></head><body>
  <p>Das Wetter in Istanbul ist mild.</p></body></html>`;

let browser: ExtensionBrowser;
let server: ArticleServer;
let worker: Worker;
let article: Page;
let second: Page;

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/** The tab id of a page: extensions see ids of tabs but, without the "tabs" permission, no URLs. */
async function tabId(page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true }),
  );
  if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error('no single active tab');
  return tabs[0].id;
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabId(page)}`);
  return popup;
}

/** Waits for a condition in a page, polling: background tabs get no animation frames to poll on. */
const until = (page: Page, condition: () => unknown) =>
  page.waitForFunction(condition, null, { polling: 100 });

const marksOf = (page: Page, actor: string) =>
  page.locator(`dramatis-mark[data-dramatis-actor="${actor}"]`);

async function castInOrder(page: Page) {
  return page.evaluate(() => {
    const counts = new Map<string, Set<string>>();
    for (const mark of document.querySelectorAll('[data-dramatis-actor]')) {
      const id = mark.getAttribute('data-dramatis-actor')!;
      counts.set(
        id,
        (counts.get(id) ?? new Set()).add(mark.getAttribute('data-dramatis-mention')!),
      );
    }
    return [...counts].map(([id, set]) => [id, set.size] as const);
  });
}

beforeAll(async () => {
  server = await startArticleServer({ '/second': SECOND, '/nobody': NOBODY, '/weather': WEATHER });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  worker = browser.context.serviceWorkers()[0]!;
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  second = await browser.context.newPage();
  await second.goto(`${server.url}/second`);
  await marksOf(article, 'vladimir-medinsky').first().waitFor();
  await marksOf(second, 'vladimir-medinsky').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the popup, opened next to a page', () => {
  it('lists who the page names, in order of first appearance, with their mentions', async () => {
    const popup = await popupFor(article);
    const buttons = popup.locator('.cast-list button');
    await buttons.first().waitFor();
    await popup.getByRole('button', { name: /^Show all \d+$/ }).click();
    const listed = await buttons.evaluateAll((all) =>
      all.map((b) => [b.getAttribute('data-actor'), b.querySelector('.count')?.textContent]),
    );
    const expected = (await castInOrder(article)).map(([id, n]) => [
      id,
      n === 1 ? '1 mention' : `${n} mentions`,
    ]);
    expect(listed).toEqual(expected);
    const russia = await popup.locator('label', { hasText: 'Russia' }).textContent();
    const russianMentions = (await castInOrder(article)).length > 0;
    expect(russianMentions && russia).toMatch(/Russia\d+ on this page/);
    await popup.close();
  });

  it('scrolls the page to a chosen actor, flashes the mention and opens its card; again walks on', async () => {
    const popup = await popupFor(article);
    const choice = popup.locator('.cast-list button[data-actor="vladimir-medinsky"]');
    await choice.click();
    const card = article.locator('dramatis-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Mention 1 of 4 on this page');
    expect(
      await marksOf(article, 'vladimir-medinsky').first().getAttribute('data-dramatis-flash'),
    ).toBe('');
    await choice.click();
    await until(article, () =>
      document.querySelector('dramatis-card')?.shadowRoot?.textContent?.includes('Mention 2 of 4'),
    );
    await popup.close();
    await article.keyboard.press('Escape');
  });

  it('hides a category in every open tab at once, and shows it again', async () => {
    const popup = await popupFor(article);
    const hidden = (page: Page) =>
      marksOf(page, 'vladimir-medinsky').evaluateAll((all) =>
        all.every((m) => m.hasAttribute('data-dramatis-hidden')),
      );
    await popup.getByRole('checkbox', { name: 'Russia' }).uncheck();
    await until(article, () => document.querySelector('[data-dramatis-hidden]'));
    await until(second, () => document.querySelector('[data-dramatis-hidden]'));
    expect([await hidden(article), await hidden(second)]).toEqual([true, true]);
    expect(await marksOf(second, 'donald-trump').getAttribute('data-dramatis-hidden')).toBeNull();
    await popup.getByRole('checkbox', { name: 'Russia' }).check();
    await until(second, () => !document.querySelector('[data-dramatis-hidden]'));
    await popup.close();
  });

  it('pauses the site (removing its marks) and restores them when resumed', async () => {
    const before = await castInOrder(article);
    const popup = await popupFor(article);
    const pauseHere = popup.getByRole('checkbox', { name: 'Pause on 127.0.0.1' });
    await pauseHere.check();
    await until(article, () => !document.querySelector('dramatis-mark'));
    await popup.getByText('Dramatis is paused here').waitFor();
    await pauseHere.uncheck();
    await until(article, () => document.querySelector('dramatis-mark'));
    await article.waitForTimeout(300);
    expect(await castInOrder(article)).toEqual(before);

    await popup.getByRole('checkbox', { name: 'Pause everywhere' }).check();
    await until(second, () => !document.querySelector('dramatis-mark'));
    await popup.getByRole('checkbox', { name: 'Pause everywhere' }).uncheck();
    await until(second, () => document.querySelector('dramatis-mark'));
    await popup.close();
  });

  it('shows on the toolbar badge how many actors the page names', async () => {
    const id = await tabId(article);
    const expected = String((await castInOrder(article)).length);
    await expect
      .poll(() =>
        worker.evaluate(
          (tab) =>
            (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({
              tabId: tab,
            }),
          id,
        ),
      )
      .toBe(expected);
    const title = await worker.evaluate(
      (tab) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle({ tabId: tab }),
      id,
    );
    expect(title).toBe(`Dramatis: ${expected} people and institutions named on this page`);
  });

  it('says so honestly when a page names nobody, and when it cannot read a page', async () => {
    // About a story, but naming no one of its cast: highlighted (with nothing to mark), and said.
    const nobody = await browser.context.newPage();
    await nobody.goto(`${server.url}/nobody`);
    await until(nobody, () => performance.getEntriesByName('dramatis:highlight').length);
    const popup = await popupFor(nobody);
    await popup.getByText('No one from the cast is named on this page.').waitFor();
    // About no story and naming no one: nothing is written, and the popup says why, not that
    // the page names no one (it was not asked whom it names).
    const weather = await browser.context.newPage();
    await weather.goto(`${server.url}/weather`);
    await until(weather, () => performance.getEntriesByName('dramatis:decide').length);
    expect(
      await weather.evaluate(() => performance.getEntriesByName('dramatis:highlight')),
    ).toEqual([]);
    const offStory = await popupFor(weather);
    await offStory
      .getByText(/^This page doesn’t look like it’s about .+, so nothing is highlighted\.$/)
      .waitFor();
    expect(await offStory.getByText('No one from the cast is named on this page.').count()).toBe(0);
    expect(await offStory.getByRole('button', { name: 'Highlight here anyway' }).count()).toBe(1);
    const internal = await browser.context.newPage();
    await internal.goto('chrome://version');
    const popup2 = await popupFor(internal);
    await popup2.getByText('Dramatis can’t read this page').waitFor();
    expect(await popup2.getByRole('checkbox', { name: /Pause on/ }).count()).toBe(0);
  });
});
