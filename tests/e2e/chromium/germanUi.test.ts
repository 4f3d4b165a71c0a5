import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { bundledDataset } from '../../../utils/shared/dataset/bundled';
import { nameText } from '../../../utils/shared/dataset/schema';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { firstPass } from '../../support/hostilePages';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';

/**
 * The German UI check: Chromium in German, the popup (with the whole cast and an actor's
 * details open), the options page and the card on a German page. No visible text may be an
 * English UI string: neither a phrase of an English message that German says otherwise, nor an
 * English UI word once the data's own strings (names, titles, sources, quotes) are set aside.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;

const dataset = bundledDataset();
/** Strings of the data file shown as written in every language (names, title, sources). */
const dataStrings = [
  dataset.title,
  ...dataset.actors.flatMap((a) => [
    a.name,
    ...Object.values(a.nativeNames ?? {}),
    ...a.names.map(nameText),
    ...a.roles.map((r) => r.source?.name ?? ''),
    ...a.positions.flatMap((p) => [p.source.name, p.quote?.text ?? '']),
  ]),
  ...dataset.rounds.map((r) => r.source?.name ?? ''),
  ...dataset.delegations.map((d) => d.source?.name ?? ''),
]
  .filter((s) => s.length > 1)
  .sort((a, b) => b.length - a.length);

type Messages = Record<string, { message: string }>;
/** Phrases (≥ 12 characters between placeholders) of English messages German words otherwise. */
const englishPhrases = Object.entries(en as Messages)
  .filter(([key, { message }]) => (de as Messages)[key]?.message !== message)
  .flatMap(([, { message }]) => message.split(/\$\w+\$|\$\d/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 12);

/** English words a UI string would bring, but no German sentence or name contains. */
const ENGLISH_WORDS =
  /\b(the|and|of|with|this|page|mentions?|show|hide|search|pause|back|data|source|changed|from|as of)\b/i;

function englishIn(text: string): string[] {
  let rest = text;
  for (const s of dataStrings) rest = rest.split(s).join(' ');
  const phrases = englishPhrases.filter((p) => text.includes(p));
  const words = rest
    .split(/\n+/)
    .filter((line) => ENGLISH_WORDS.test(line))
    .map((line) => `word: ${line.trim()}`);
  return [...phrases, ...words];
}

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  const [tab] = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
    ).chrome.tabs.query({ active: true }),
  );
  return tab!.id;
}

beforeAll(async () => {
  const germanPage = readFileSync(
    new URL('../../fixtures/languages/de.html', import.meta.url),
    'utf8',
  );
  server = await startArticleServer({ '/de': germanPage });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()), { lang: 'de-DE' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the German UI', () => {
  let article: Page;

  it('runs Chromium in German (needs Debian’s chromium-l10n)', async () => {
    article = await browser.context.newPage();
    await article.goto(`${server.url}/de`);
    await firstPass(article);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const ui = await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    await popup.close();
    expect(
      ui,
      'Chromium runs in English: install its locales with `apt-get install chromium-l10n`',
    ).toMatch(/^de/);
  });

  it('shows no English UI string in the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(article)}`,
    );
    await popup.locator('.cast-list button').first().waitFor();
    await popup.getByRole('button', { name: /^Alle \d+ zeigen$/ }).click();
    await popup.getByRole('button', { name: /Alle Beteiligten zeigen/ }).click();
    const list = await popup.locator('body').innerText();
    await popup.locator('.results button[data-actor="vladimir-medinsky"]').click();
    await popup.locator('.card .members button', { hasText: 'Alexander Fomin' }).click();
    await popup.getByRole('button', { name: /Zurück zu Vladimir Medinsky/ }).waitFor();
    const details = await popup.locator('body').innerText();
    expect(englishIn(`${list}\n${details}`)).toEqual([]);
    await popup.close();
  });

  it('shows no English UI string on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(englishIn(await options.locator('body').innerText())).toEqual([]);
    await options.close();
  });

  it('shows no English UI string in the card', async () => {
    await article.bringToFront();
    const mark = article
      .locator('dramatis-mark[data-dramatis-actor="volodymyr-zelenskyy"]')
      .first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = article.locator('dramatis-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(englishIn(await card.innerText())).toEqual([]);
  });
});
