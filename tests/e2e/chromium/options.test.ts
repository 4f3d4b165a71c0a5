import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../../support/chromium';
import { startArticleServer, type ArticleServer } from '../../support/server';
import { withOpenCard } from '../../support/openCardBuild';
import { summitStory } from '../../fixtures/summitStory';

/**
 * The options page in the built extension: the stories installed (a row each: switch, undo,
 * reset, export, remove), importing a story (refusal, preview against the installed story of the
 * same id or as a new story, apply), the URL path's refusals, and settings that open tabs follow
 * at once. What a story change does to pages is checked on pages opened after it; that open tabs
 * follow `local:stories` at once is the content script's test.
 *
 * A URL import cannot be taken to its end here: fetching asks the reader for the host
 * permission, and headless Chromium's prompt cannot be answered. The test server is
 * http://127.0.0.1, which the https-only rule refuses before any permission is asked or any
 * request made; that refusal is tested here, end to end, and the fetch itself (timeouts, size
 * cap, redirects, validators) in tests/unit/fetchDataset.test.ts and refresh.test.ts with a
 * stubbed fetch.
 */

let browser: ExtensionBrowser;
let server: ArticleServer;
let article: Page;
let options: Page;
let worker: Worker;

/** The parts of the extension worker's `chrome` these tests use. */
interface WorkerChrome {
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, Record<string, StoredStory> | undefined>>;
      set(items: object): Promise<void>;
    };
  };
}

/** The part of an installed story (`local:stories`) these tests read. */
interface StoredStory {
  enabled: boolean;
  dataset: { title: string } | null;
  refresh: { enabled: boolean; url: string } | null;
}

interface Actor {
  id: string;
  name: string;
  names: (string | { text: string })[];
  category: string;
  kind: string;
  roles: { en: string; de: string; from?: string }[];
  positions: unknown[];
}
const bundled = JSON.parse(
  readFileSync(new URL('../../../data/actors.json', import.meta.url), 'utf8'),
) as {
  title: string;
  version: string;
  story: { id: string; title: { en: string } };
  actors: Actor[];
  categories: { id: string; label: { en: string }; color: string }[];
};

/** The bundled data with a new actor named in the article ("Türkei") and without Lavrov. */
function withNewActor() {
  const next = structuredClone(bundled);
  next.title = 'Istanbul talks, with the host';
  next.version = 'e2e-1';
  next.actors = next.actors.filter((a) => a.id !== 'sergei-lavrov');
  next.actors.push({
    id: 'turkish-government',
    name: 'Government of Türkiye',
    names: ['Türkei', 'Türkiye'],
    category: 'third-countries',
    kind: 'institution',
    roles: [{ en: 'Host of the talks', de: 'Gastgeber der Gespräche', from: '2025-05-14' }],
    positions: [],
  });
  return next;
}

const upload = (page: Page, name: string, text: string) =>
  page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

const markedActors = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-dramatis-actor]')].map((m) =>
        m.getAttribute('data-dramatis-actor'),
      ),
    ),
  ]);

const ISTANBUL = bundled.story.title.en;
/** The second bundled story, listed after the first. */
const ALASKA = (
  JSON.parse(
    readFileSync(new URL('../../../data/alaska-2025.json', import.meta.url), 'utf8'),
  ) as typeof bundled
).story.title.en;
const SUMMIT = summitStory.story.title.en;

/** The row of the story titled `title` on the options page. */
const row = (title: string) => options.getByRole('listitem', { name: title, exact: true });
const rowText = (title: string) => row(title).textContent();
const rowTitles = () => options.locator('.story-list > li h3').allTextContents();

/** `local:stories` as the extension stored it. */
const storedStories = () =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local
      .get('stories')
      .then((items) => items.stories ?? {}),
  );

/** The actors marked on a page opened now (after `anchor`'s marks appear). */
async function marksOnNewPage(path: string, anchor: string): Promise<(string | null)[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector(`[data-dramatis-actor="${anchor}"]`);
    return await markedActors(page);
  } finally {
    await page.close();
  }
}

/** Waits until the article shows (or stops showing) an actor's marks. */
const waitForMarks = (page: Page, actorId: string, present: boolean) =>
  page.waitForFunction(
    ([id, want]) => !!document.querySelector(`[data-dramatis-actor="${id}"]`) === want,
    [actorId, present] as const,
  );

beforeAll(async () => {
  server = await startArticleServer({
    // Written for this test: a page that names the second story's place and both its core actors.
    '/summit':
      '<!doctype html><html lang="en"><head><title>Summit</title></head><body><article><h1>Talks in Anchorage</h1><p>Marco Rubio and Rustem Umerov met in Anchorage on Friday. Vladimir Medinsky, who led Russia’s delegation in Istanbul, was not there.</p></article></body></html>',
  });
  browser = await launchChromiumWithExtension(withOpenCard(extensionDir()));
  worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  article = await browser.context.newPage();
  await article.goto(`${server.url}/article`);
  await article.waitForSelector('[data-dramatis-actor="sergei-lavrov"]');
  // Set in the page's own world: it survives only if the tab is never reloaded.
  await article.evaluate(() => Object.assign(window, { notReloaded: true }));
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('switch', { name: ISTANBUL }).waitFor();
});

afterAll(async () => {
  try {
    expect(await article.evaluate(() => 'notReloaded' in window)).toBe(true);
  } finally {
    await browser?.close();
    await server?.close();
  }
});

describe('the stories installed', () => {
  it('lists the bundled stories, in bundled order, with their facts and switches that are on', async () => {
    expect(await rowTitles()).toEqual([ISTANBUL, ALASKA]);
    const text = await rowText(ISTANBUL);
    expect(text).toContain('bundled with the extension');
    expect(text).toContain(bundled.version);
    expect(text).toContain(String(bundled.actors.length));
    expect(await rowText(ALASKA)).toContain('bundled with the extension');
    for (const title of [ISTANBUL, ALASKA]) {
      expect(await options.getByRole('switch', { name: title }).isChecked()).toBe(true);
      expect(
        await row(title)
          .getByRole('button', { name: /Remove|Reset/ })
          .count(),
      ).toBe(0);
    }
  });

  it('refuses an invalid file with every problem, and keeps the stories as they were', async () => {
    const broken = structuredClone(bundled);
    broken.actors[0]!.id = broken.actors[1]!.id;
    broken.actors[2]!.category = 'nowhere';
    await upload(options, 'broken.json', JSON.stringify(broken));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('This file was not imported');
    expect(text).toContain(`actors[1].id: "${bundled.actors[1]!.id}" is already used by actors[0]`);
    expect(text).toContain('no category has the id "nowhere"');
    expect(await rowTitles()).toEqual([ISTANBUL, ALASKA]);
    expect(await rowText(ISTANBUL)).toContain('bundled with the extension');
    expect(await storedStories()).toEqual({});
  });

  it('previews a new version of the installed story against it, and applies it', async () => {
    await upload(options, 'with-host.json', JSON.stringify(withNewActor()));
    const preview = options.getByRole('region', { name: 'Preview: check before applying' });
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain(`Replaces the installed story “${ISTANBUL}”:`);
    expect(text).toContain(`Istanbul talks, with the host (was: ${bundled.title})`);
    expect(text).toContain(`e2e-1 (was: ${bundled.version})`);
    expect(text).toContain('the file “with-host.json”');
    expect(await preview.getByRole('heading', { name: 'Actors added (1)' }).isVisible()).toBe(true);
    expect(text).toContain('Government of Türkiye');
    expect(text).toContain('Actors removed (1)');
    // Nothing is stored before the reader says so.
    expect(await storedStories()).toEqual({});

    await options.getByRole('button', { name: 'Apply' }).click();
    await options.getByText('Imported “Istanbul talks, with the host”').waitFor();
    expect(await rowTitles()).toEqual([ISTANBUL, ALASKA]);
    await expect.poll(() => rowText(ISTANBUL)).toContain('the file “with-host.json”, applied');
    expect(await rowText(ISTANBUL)).toContain('e2e-1');
    expect((await storedStories())[bundled.story.id]?.dataset?.title).toBe(
      'Istanbul talks, with the host',
    );
    const marked = await marksOnNewPage('/article', 'turkish-government');
    expect(marked).not.toContain('sergei-lavrov');
    expect(marked).toContain('vladimir-medinsky');
  });

  it('undoes the import, naming what it restores; undo again redoes', async () => {
    await row(ISTANBUL)
      .getByRole('button', { name: `Undo: go back to “${bundled.title}” (${bundled.version})` })
      .click();
    await options.getByText(`“${bundled.title}” is in use again.`, { exact: false }).waitFor();
    await expect.poll(() => rowText(ISTANBUL)).toContain('bundled with the extension');
    expect(await marksOnNewPage('/article', 'sergei-lavrov')).not.toContain('turkish-government');

    await options
      .getByRole('button', { name: 'Undo: go back to “Istanbul talks, with the host” (e2e-1)' })
      .click();
    await expect.poll(() => rowText(ISTANBUL)).toContain('e2e-1');
  });

  it('resets to the bundled version, which undo can take back', async () => {
    await options.getByRole('button', { name: 'Reset to the bundled version' }).click();
    await options
      .getByText(`The bundled version of “${ISTANBUL}” is in use again`, { exact: false })
      .waitFor();
    await expect.poll(() => rowText(ISTANBUL)).toContain('bundled with the extension');
    expect(
      await options
        .getByRole('button', { name: 'Undo: go back to “Istanbul talks, with the host” (e2e-1)' })
        .isVisible(),
    ).toBe(true);
    expect(
      await options.getByRole('button', { name: 'Reset to the bundled version' }).count(),
    ).toBe(0);
  });

  it('exports a story as a JSON file', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: `Export “${ISTANBUL}” (JSON)` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/istanbul-talks.*\.json$/);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as typeof bundled;
    expect(exported.title).toBe(bundled.title);
    expect(exported.actors.map((a) => a.id)).toEqual(bundled.actors.map((a) => a.id));
  });

  it('checks pasted JSON, with a preview, and cancels without changing anything', async () => {
    await options.getByLabel('Or paste the JSON:').fill(JSON.stringify(withNewActor()));
    await options.getByRole('button', { name: 'Check' }).click();
    const preview = options.getByRole('region', { name: 'Preview: check before applying' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('pasted text');
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByText('Cancelled: the data in use is unchanged.').waitFor();
    expect(await rowText(ISTANBUL)).toContain('bundled with the extension');
  });
});

describe('a second story', () => {
  it('installs from a file as a new story: a row after the bundled ones', async () => {
    await upload(options, 'summit.json', JSON.stringify(summitStory));
    const preview = options.getByRole('region', { name: 'Preview: check before applying' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`New story: ${SUMMIT}`);
    expect(await preview.getByRole('heading', { name: /Actors added/ }).count()).toBe(0);
    await options.getByRole('button', { name: 'Apply' }).click();
    await options.getByText(`Imported “${summitStory.title}”`).waitFor();
    await expect.poll(rowTitles).toEqual([ISTANBUL, ALASKA, SUMMIT]);
    expect(await rowText(SUMMIT)).toContain('the file “summit.json”, applied');
    expect(await rowText(SUMMIT)).toContain(String(summitStory.actors.length));
    expect(Object.keys(await storedStories()).sort()).toEqual(
      [bundled.story.id, summitStory.story.id].sort(),
    );
  });

  it('turns a story off: a page opened next has none of its cast, the other story stays', async () => {
    const marked = await marksOnNewPage('/summit', 'marco-rubio');
    expect(marked).toContain('vladimir-medinsky');
    await options.getByRole('switch', { name: ISTANBUL }).click();
    await options.getByRole('status').getByText(`“${ISTANBUL}” is off`).waitFor();
    expect(await options.getByRole('switch', { name: ISTANBUL }).isChecked()).toBe(false);
    await expect.poll(async () => (await storedStories())[bundled.story.id]?.enabled).toBe(false);
    const after = await marksOnNewPage('/summit', 'marco-rubio');
    expect(after).not.toContain('vladimir-medinsky');
    expect(after).toContain('rustem-umerov');

    await options.getByRole('switch', { name: ISTANBUL }).click();
    await expect.poll(async () => (await storedStories())[bundled.story.id]?.enabled).toBe(true);
  });

  it('removes the imported story after a confirmation that Esc cancels', async () => {
    const remove = options.getByRole('button', { name: `Remove “${SUMMIT}”` });
    await remove.click();
    const dialog = options.getByRole('alertdialog');
    await dialog.waitFor();
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.textContent))
      .toBe('Keep it');
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => remove.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await rowTitles()).toEqual([ISTANBUL, ALASKA, SUMMIT]);

    await options.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await options.getByText(`“${SUMMIT}” was removed.`, { exact: false }).waitFor();
    await expect.poll(rowTitles).toEqual([ISTANBUL, ALASKA]);
    expect(Object.keys(await storedStories())).toEqual([bundled.story.id]);
  });
});

describe('importing from a URL', () => {
  let dataServer: Server;
  let requests = 0;
  let dataUrl: string;

  beforeAll(async () => {
    dataServer = createServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(withNewActor()));
    });
    await new Promise<void>((resolve) => dataServer.listen(0, '127.0.0.1', resolve));
    dataUrl = `http://127.0.0.1:${(dataServer.address() as AddressInfo).port}/actors.json`;
  });

  afterAll(() => new Promise<void>((resolve) => dataServer.close(() => resolve())));

  it('refuses an http address before asking for any permission or sending any request', async () => {
    await options.getByLabel(/fetch it from a web address/).fill(dataUrl);
    await options.getByRole('button', { name: 'Fetch' }).click();
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `${dataUrl} is not an https address: Dramatis fetches data only over https.`,
    );
    expect(requests).toBe(0);
    expect(await rowTitles()).toEqual([ISTANBUL, ALASKA]);
  });

  it('refuses an address with credentials in it', async () => {
    await options
      .getByLabel(/fetch it from a web address/)
      .fill('https://me:secret@example.org/a.json');
    await options.getByRole('button', { name: 'Fetch' }).click();
    await options.getByText('The address must not contain a user name or password.').waitFor();
  });

  it('cannot connect to http from its pages at all (the CSP allows https only)', async () => {
    const violations: string[] = [];
    const listen = (m: { text: () => string }) => violations.push(m.text());
    options.on('console', listen);
    const result = await options.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          (e: Error) => `refused: ${e.message}`,
        ),
      dataUrl,
    );
    options.off('console', listen);
    expect(result).toMatch(/^refused/);
    expect(violations.join('\n')).toContain("connect-src 'self' https:");
    expect(requests).toBe(0);
  });
});

describe('settings apply in open tabs at once', () => {
  const lavrovColor = () =>
    article
      .locator('[data-dramatis-actor="sergei-lavrov"]')
      .first()
      .evaluate((m) => (m as HTMLElement).style.getPropertyValue('--dramatis-color'));

  it('recolours a category', async () => {
    const russia = bundled.categories.find((c) => c.id === 'russia')!;
    expect((await lavrovColor()).toLowerCase()).toBe(russia.color.toLowerCase());
    await options.getByLabel(russia.label.en, { exact: true }).fill('#00aa55');
    await article.waitForFunction(
      () =>
        (
          document.querySelector('[data-dramatis-actor="sergei-lavrov"]') as HTMLElement | null
        )?.style.getPropertyValue('--dramatis-color') === '#00aa55',
    );
    await options
      .getByRole('button', { name: `Use the data’s colour for ${russia.label.en}` })
      .click();
    await article.waitForFunction(
      (color) =>
        (
          document.querySelector('[data-dramatis-actor="sergei-lavrov"]') as HTMLElement | null
        )?.style.getPropertyValue('--dramatis-color') === color,
      russia.color,
    );
  });

  it('switches the highlight style to underline and back', async () => {
    await options.getByRole('radio', { name: 'Underline' }).check();
    await article.waitForSelector('[data-dramatis-actor][data-dramatis-style="underline"]');
    const background = await article
      .locator('[data-dramatis-actor="sergei-lavrov"]')
      .first()
      .evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    await options.getByRole('radio', { name: 'Background' }).check();
    await article.waitForFunction(
      () => !document.querySelector('[data-dramatis-style="underline"]'),
    );
  });

  it('shows the card in the language the reader fixed', async () => {
    await options.getByRole('combobox', { name: 'Card language' }).selectOption('de');
    await article.bringToFront();
    // The setting reaches the tab through storage; hover until the card shows it.
    const card = article.locator('dramatis-card [role="dialog"]');
    const mark = article.locator('[data-dramatis-actor="vladimir-medinsky"]').first();
    await expect
      .poll(async () => {
        await article.mouse.move(5, 5);
        await mark.scrollIntoViewIfNeeded();
        const box = (await mark.boundingBox())!;
        await article.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await card.waitFor({ state: 'visible', timeout: 3_000 });
        return card.getByRole('button', { name: 'Karte schließen' }).count();
      })
      .toBe(1);
    // The role line, in German. The page carries no date, so the card's day is today, past the
    // data's own date: the role is given as of that ("Stand: 30. November 2025").
    expect(await card.locator('.role').textContent()).toMatch(/ Stand: \d+\. \S+ \d{4}$/);
    await article.keyboard.press('Escape');
    await options.bringToFront();
    await options.getByRole('combobox', { name: 'Card language' }).selectOption('browser');
  });

  it('pauses on a listed site, and resumes when it is removed', async () => {
    const paused = options.getByRole('region', { name: 'Paused on' });
    await paused.getByRole('textbox').fill(server.url);
    await paused.getByRole('button', { name: 'Add' }).click();
    await paused.getByText('127.0.0.1').waitFor();
    await article.waitForFunction(() => !document.querySelector('[data-dramatis-actor]'));
    await paused.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForMarks(article, 'sergei-lavrov', true);
  });

  it('runs only on listed sites in the allow-list mode', async () => {
    await options.getByRole('radio', { name: /Only on the sites listed/ }).check();
    await article.waitForFunction(() => !document.querySelector('[data-dramatis-actor]'));
    const allowed = options.getByRole('region', { name: 'Only on' });
    await allowed.getByRole('textbox').fill('127.0.0.1');
    await allowed.getByRole('button', { name: 'Add' }).click();
    await waitForMarks(article, 'sergei-lavrov', true);
    await options.getByRole('radio', { name: /On every site/ }).check();
  });

  it('schedules the daily refresh alarm when a story’s refresh is on, and clears it when off', async () => {
    const alarm = () =>
      worker.evaluate(() =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms
          .get('dramatis-refresh')
          .then((a) => a ?? null),
      );
    await worker.evaluate(async (id) => {
      const { local } = (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage;
      const stories = (await local.get('stories')).stories ?? {};
      const entry = stories[id]!;
      await local.set({
        stories: {
          ...stories,
          [id]: { ...entry, refresh: { enabled: true, url: 'https://example.org/a.json' } },
        },
      });
    }, bundled.story.id);
    await expect.poll(alarm).toMatchObject({ periodInMinutes: 24 * 60 });
    await row(ISTANBUL)
      .getByRole('checkbox', { name: /Check https:\/\/example\.org\/a\.json every day/ })
      .uncheck();
    await expect.poll(alarm).toBeNull();
    expect((await storedStories())[bundled.story.id]?.refresh).toEqual({
      enabled: false,
      url: 'https://example.org/a.json',
    });
  });
});
