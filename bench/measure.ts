import type { BrowserContext, Page } from 'playwright-core';
import { moreTexts } from './pages';

/**
 * Records long tasks and the rendering part of long animation frames from the very start of a
 * page, so the pass's longest task is known and can be told apart from the browser's rendering.
 */
const LONG_TASKS = `
  window.__longTasks = [];
  window.__renders = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.renderStart) window.__renders.push([e.renderStart, e.startTime + e.duration]);
  }).observe({ type: 'long-animation-frame', buffered: true });`;

export interface PassFigures {
  /** The decision read before the pass (`dramatis:decide`): which stories the page is about. */
  decideMs: number;
  passMs: number;
  marks: number;
  textNodes: number;
  /** The longest task overlapping the pass (0: none reached 50 ms, the browser's threshold). */
  longestTaskMs: number;
  /** The longest of those that was not the browser rendering a frame (0: none). */
  longestScriptTaskMs: number;
  /** The longest rendering of one frame during the pass (0: none in a frame of ≥ 50 ms). */
  longestRenderMs: number;
}

/** Loads a page with the extension and reads its first `dramatis:highlight` measure. */
export async function dramatisPass(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; pass: PassFigures }> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('dramatis:highlight').length > 0,
    null,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  // A string, not a function: tsx would wrap a callback's inner functions in a helper the
  // page does not have.
  const pass = (await page.evaluate(`(() => {
    const m = performance.getEntriesByName('dramatis:highlight')[0];
    const decide = performance.getEntriesByName('dramatis:decide')[0];
    const end = m.startTime + m.duration;
    const during = window.__longTasks.filter(([s, d]) => s + d >= m.startTime && s <= end);
    const renders = window.__renders.filter(([s, e]) => e >= m.startTime && s <= end);
    const rendering = ([s, d]) => renders.some(([rs, re]) => rs < s + d && re > s);
    const longest = (tasks) => Math.max(0, ...tasks.map(([, d]) => d));
    return {
      decideMs: decide ? decide.duration : 0,
      passMs: m.duration,
      marks: m.detail.marks,
      textNodes: m.detail.textNodes,
      longestTaskMs: longest(during),
      longestScriptTaskMs: longest(during.filter((t) => !rendering(t))),
      longestRenderMs: Math.max(0, ...renders.map(([s, e]) => e - s)),
    };
  })()`)) as PassFigures;
  return { page, pass };
}

/** Appends paragraphs to a highlighted page and times the update it triggers. */
export async function appendUpdate(
  page: Page,
  count: number,
): Promise<{ passMs: number; latencyMs: number; marks: number }> {
  return page.evaluate(async (texts) => {
    const before = performance.getEntriesByName('dramatis:highlight').length;
    const article = document.querySelector('article')!;
    const fragment = document.createDocumentFragment();
    for (const text of texts) fragment.appendChild(document.createElement('p')).textContent = text;
    const start = performance.now();
    article.appendChild(fragment);
    while (performance.getEntriesByName('dramatis:highlight').length === before) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const m = performance.getEntriesByName('dramatis:highlight')[before] as PerformanceMeasure;
    return {
      passMs: m.duration,
      latencyMs: m.startTime + m.duration - start,
      marks: m.detail.marks as number,
    };
  }, moreTexts(count));
}

/** Runs one of inPage.ts's functions in a fresh copy of the bench page (no extension). */
async function inBenchPage<T>(
  context: BrowserContext,
  url: string,
  fn: string,
  actors: unknown,
  runs = 1,
  extra?: unknown,
): Promise<T[]> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ url: '/inpage.js' });
  const results: T[] = [];
  for (let i = 0; i < runs; i++) {
    // A string, not a function: tsx would wrap a callback's inner functions in a helper the
    // page does not have.
    const args = [actors, ...(extra === undefined ? [] : [extra])].map((a) => JSON.stringify(a));
    results.push((await page.evaluate(`${fn}(${args.join(', ')})`)) as T);
  }
  await page.close();
  return results;
}

/** The lower bound: one TreeWalker pass with Dramatis's compiled pattern, no DOM writes (median of 3). */
export async function lowerBound(
  context: BrowserContext,
  url: string,
  actors: unknown,
): Promise<{ ms: number; hits: number }> {
  const runs = await inBenchPage<{ ms: number; hits: number }>(
    context,
    url,
    'dramatisLowerBound',
    actors,
    3,
  );
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
}

/**
 * The floors of any highlighter that writes to the page: the lower bound plus wrapping every
 * hit with bare DOM calls and rendering once, the frame the page takes to render after a
 * single wrapped name, and the script time of the same for 100 appended paragraphs (median of
 * 3; see inPage.ts).
 */
export async function writeFloors(
  context: BrowserContext,
  url: string,
  actors: unknown,
): Promise<{ writeMs: number; frameMs: number; appendMs: number }> {
  const [write] = await inBenchPage<{ ms: number }>(context, url, 'dramatisWriteFloor', actors);
  const [frameMs] = await inBenchPage<number>(context, url, 'dramatisFrameFloor', actors);
  const appends = await inBenchPage<number>(
    context,
    url,
    'dramatisAppendFloor',
    actors,
    3,
    moreTexts(100),
  );
  return { writeMs: write!.ms, frameMs: frameMs!, appendMs: appends.sort((a, b) => a - b)[1]! };
}

/** Naive mark.js: `new Mark(body).mark(allNames, {separateWordSearch: false})`, timed in the page. */
export async function naiveMarkJs(
  context: BrowserContext,
  url: string,
  names: string[],
): Promise<{ ms: number; marks: number }> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ url: '/mark.js' });
  // A string, not a function: tsx would wrap a callback's inner functions in a helper the
  // page does not have.
  const result = (await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    new Mark(document.body).mark(${JSON.stringify(names)}, {
      separateWordSearch: false,
      done: (marks) => resolve({ ms: performance.now() - start, marks }),
    });
  })`)) as { ms: number; marks: number };
  await page.close();
  return result;
}

/** Counts every DOM mutation after the document is parsed (the page's own, and any of ours). */
const COUNT_MUTATIONS = `
  window.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; }).observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  });`;

/** What a page about no story costs: the decision read, and what was written (nothing). */
export interface OffStoryFigures {
  decideMs: number;
  longestTaskMs: number;
  /** DOM mutations after parsing, counted by a MutationObserver in the page: must be 0. */
  mutations: number;
  marks: number;
}

/**
 * Loads a page about no story with the extension, reads its `dramatis:decide` measure, waits a
 * second more for anything written after the decision, and counts the page's DOM mutations.
 */
export async function offStoryRead(context: BrowserContext, url: string): Promise<OffStoryFigures> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS + COUNT_MUTATIONS);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('dramatis:decide').length > 0,
    null,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  await page.waitForTimeout(1_000);
  const figures = (await page.evaluate(`(() => {
    const m = performance.getEntriesByName('dramatis:decide')[0];
    const end = m.startTime + m.duration;
    const during = window.__longTasks.filter(([s, d]) => s + d >= m.startTime && s <= end);
    return {
      decideMs: m.duration,
      longestTaskMs: Math.max(0, ...during.map(([, d]) => d)),
      mutations: window.__mutations,
      marks: document.querySelectorAll('[data-dramatis-actor]').length,
    };
  })()`)) as OffStoryFigures;
  await page.close();
  return figures;
}
