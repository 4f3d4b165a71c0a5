import type { BrowserContext, Page } from 'playwright-core';
import { moreTexts } from './pages';

/** Records long tasks from the very start of a page, so the pass's longest task is known. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });`;

export interface PassFigures {
  passMs: number;
  marks: number;
  textNodes: number;
  longestTaskMs: number;
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
  const pass = await page.evaluate(() => {
    const m = performance.getEntriesByName('dramatis:highlight')[0] as PerformanceMeasure;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const during = tasks.filter(([s, d]) => s + d >= m.startTime && s <= m.startTime + m.duration);
    return {
      passMs: m.duration,
      marks: m.detail.marks as number,
      textNodes: m.detail.textNodes as number,
      longestTaskMs: Math.max(0, ...during.map(([, d]) => d)),
    };
  });
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

/** The lower bound: one TreeWalker pass with Dramatis's compiled pattern, no DOM writes (median of 3). */
export async function lowerBound(
  context: BrowserContext,
  url: string,
  actors: unknown,
): Promise<{ ms: number; hits: number }> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ url: '/inpage.js' });
  const runs: { ms: number; hits: number }[] = [];
  for (let i = 0; i < 3; i++) {
    runs.push(
      await page.evaluate(
        (a) =>
          (
            globalThis as never as {
              dramatisLowerBound: (a: unknown) => { ms: number; hits: number };
            }
          ).dramatisLowerBound(a),
        actors,
      ),
    );
  }
  await page.close();
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
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
