/**
 * Demo runner: opens the seed article in Chromium with the built extension, prints the actors
 * it marked, hovers Vladimir Medinsky to open his card and saves `docs/demo.png`.
 *
 * Usage: `npm run build && npx tsx scripts/demo.ts` (or `npm run demo`). With `DISPLAY` set the
 * browser is visible and stays open until you close it; otherwise it runs headless and exits.
 * `DRAMATIS_EXTENSION_DIR` overrides the extension folder (default `.output/chrome-mv3`).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { BrowserContext, Page } from 'playwright-core';

import {
  extensionDir,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../tests/support/chromium';
import { startArticleServer, type ArticleServer } from '../tests/support/server';

const MARKS_TIMEOUT_MS = 15_000;
const CARD_TIMEOUT_MS = 5_000;
const HOVER_ACTOR = 'vladimir-medinsky';
const VIEWPORT = { width: 1280, height: 800 };
const DOCS_DIR = fileURLToPath(new URL('../docs/', import.meta.url));
const SCREENSHOT_PATH = `${DOCS_DIR}demo.png`;

/** One row of the actor table: how often an actor was mentioned and how many marks that took. */
interface ActorCount {
  actor: string;
  mentions: number;
  marks: number;
}

/** Waits until the content script has marked at least one actor, or fails with a hint. */
async function waitForMarks(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => document.querySelectorAll('[data-dramatis-actor]').length > 0,
      null,
      { timeout: MARKS_TIMEOUT_MS },
    );
  } catch (err) {
    throw new Error(
      `No [data-dramatis-actor] marks appeared within ${MARKS_TIMEOUT_MS / 1000} s on ` +
        `${page.url()}: is the content script running and matching this page?`,
      { cause: err },
    );
  }
}

/**
 * Groups marks by actor. A mention split over several elements shares one
 * `data-dramatis-mention` value, so mentions = distinct values + marks without that attribute.
 * (No nested named functions here: tsx would wrap them in a `__name` helper the page lacks.)
 */
async function countActors(page: Page): Promise<ActorCount[]> {
  return page.evaluate(() => {
    const byActor = new Map<string, { marks: number; ids: Set<string>; unkeyed: number }>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-dramatis-actor]')) {
      const actor = el.dataset.dramatisActor ?? '';
      const entry = byActor.get(actor) ?? { marks: 0, ids: new Set<string>(), unkeyed: 0 };
      entry.marks += 1;
      const mention = el.dataset.dramatisMention;
      if (mention === undefined) entry.unkeyed += 1;
      else entry.ids.add(mention);
      byActor.set(actor, entry);
    }
    return [...byActor].map(([actor, e]) => ({
      actor,
      mentions: e.ids.size + e.unkeyed,
      marks: e.marks,
    }));
  });
}

/** Prints the actors as an aligned text table, most mentioned first. */
function printActorTable(rows: ActorCount[]): void {
  const sorted = [...rows].sort(
    (a, b) => b.mentions - a.mentions || a.actor.localeCompare(b.actor),
  );
  const width = Math.max('Actor'.length, ...sorted.map((r) => r.actor.length));
  const line = (a: string, m: string, k: string) => `${a.padEnd(width)}  ${m.padStart(8)}  ${k}`;
  console.log(`\nActors found (${sorted.length}):`);
  console.log(line('Actor', 'Mentions', 'Marks'));
  console.log(line('-'.repeat(width), '--------', '-----'));
  for (const r of sorted) console.log(line(r.actor, String(r.mentions), String(r.marks)));
  console.log('');
}

/** Scrolls the actor's first mark into view and moves the mouse to the centre of its first line. */
async function hoverActor(page: Page, actor: string): Promise<void> {
  const mark = page.locator(`[data-dramatis-actor="${actor}"]`).first();
  if ((await mark.count()) === 0) {
    throw new Error(`No mark with data-dramatis-actor="${actor}" on the page`);
  }
  await mark.scrollIntoViewIfNeeded();
  const centre = await mark.evaluate((el) => {
    const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(centre.x, centre.y, { steps: 5 });
}

/**
 * Waits for the actor card: its host, `dramatis-card`, is put on the page when a card opens
 * (the card itself is in a closed shadow root, which neither the page nor Playwright can enter).
 */
async function waitForCard(page: Page): Promise<void> {
  try {
    await page.locator('dramatis-card').waitFor({ state: 'attached', timeout: CARD_TIMEOUT_MS });
  } catch (err) {
    throw new Error(
      `No actor card (a dramatis-card element) opened within ${CARD_TIMEOUT_MS / 1000} s of ` +
        `hovering ${HOVER_ACTOR}`,
      { cause: err },
    );
  }
  await page.waitForTimeout(300); // let an opening transition finish before the screenshot
}

/** Resolves when the user closes the browser (the persistent context closes with it). */
function waitForClose(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => context.once('close', () => resolve()));
}

/** Opens the article, reports the actors, hovers the demo actor and saves the screenshot. */
async function runDemo(page: Page, articleUrl: string): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(articleUrl);
  await waitForMarks(page);
  printActorTable(await countActors(page));
  await hoverActor(page, HOVER_ACTOR);
  await waitForCard(page);
  await mkdir(DOCS_DIR, { recursive: true });
  await page.screenshot({ path: SCREENSHOT_PATH });
  console.log(`Screenshot written to ${SCREENSHOT_PATH}`);
}

/** Starts the server and browser, runs the demo, and always cleans up. */
async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  const dir = process.env.DRAMATIS_EXTENSION_DIR ?? extensionDir();
  let server: ArticleServer | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    server = await startArticleServer();
    browser = await launchChromiumWithExtension(dir, { headless });
    console.log(`Chromium ${headless ? '(headless) ' : ''}loaded extension ${browser.extensionId}`);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await runDemo(page, `${server.url}/article`);
    if (!headless) {
      console.log('Close the browser window to end the demo');
      await waitForClose(browser.context);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
