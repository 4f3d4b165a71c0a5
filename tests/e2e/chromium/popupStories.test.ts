import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alaskaStory } from '../../fixtures/twoStories';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { installedStory, storiesWith } from '../../support/storedStories';
import { bundledStories } from '../../support/storyMetas';

/** The extension API, as an extension page sees it. */
interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
}

let browser: ExtensionBrowser;

/** The bundled stories' data, in bundled order (Istanbul, then Alaska). */
const bundled = bundledStories().datasets;

/** Stores `local:stories` from an extension page, then opens a fresh popup. */
async function popupWith(stories: object): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.evaluate(
    (value) =>
      (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ stories: value }),
    stories,
  );
  await popup.reload();
  return popup;
}

/** The headings of the story sections of the card shown in the popup. */
const sectionTitles = (popup: Page) =>
  popup.locator('[role="dialog"] section.story > h3').allTextContents();

beforeAll(async () => {
  browser = await launchChromiumWithExtension(extensionDir());
});

afterAll(async () => {
  await browser?.close();
});

describe('the popup with two stories installed (Chromium)', () => {
  it('shows one card for an actor of every story, with a section per story', async () => {
    // The bundled stories (no entry: installed and on) and an imported third one, all with Trump.
    const popup = await popupWith(storiesWith(alaskaStory));
    await popup.getByRole('searchbox').fill('Donald Trump');
    await popup
      .getByRole('button', { name: /Donald Trump/ })
      .first()
      .click();
    await expect
      .poll(() => sectionTitles(popup))
      .toEqual([...bundled.map((d) => d.story.title.en), alaskaStory.story.title.en]);
    const alaska = popup.getByRole('region', { name: alaskaStory.story.title.en });
    expect(await alaska.textContent()).toContain('Anchorage position of Trump.');
    // Each story's positions in its own section: the fixture's not in the bundled Alaska story's.
    const bundledAlaska = popup.getByRole('region', { name: bundled[1]!.story.title.en });
    expect(await bundledAlaska.textContent()).not.toContain('Anchorage position of Trump.');
    expect(await popup.locator('[role="dialog"]').count()).toBe(1);
    await popup.close();
  });

  it('says so, and leads to the options, when every story is switched off', async () => {
    const off = (dataset: (typeof bundled)[number]) => ({
      ...installedStory(dataset, false),
      dataset: null,
      source: null,
    });
    expect(bundled).toHaveLength(2);
    const popup = await popupWith(Object.fromEntries(bundled.map((d) => [d.story.id, off(d)])));
    await popup.getByText('No story is switched on, so nothing is highlighted.').waitFor();
    expect(await popup.getByRole('searchbox').count()).toBe(0);
    const options = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Choose stories in the options' }).click();
    expect((await options).url()).toContain('/options.html');
  });
});
