import { describe, expect, it } from 'vitest';
import { BIG_ROWS, HUGE_LENGTH } from '../../fixtures/pages/generated';
import { firstPass, openWatched } from '../../support/hostilePages';
import { useHostileSession } from '../../support/hostileSession';

// Every page records its long tasks (over 50 ms) from the start.
const session = useHostileSession((browser) =>
  browser.context.addInitScript(() => {
    const tasks: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  }),
);

/** Marks per actor, the highlight passes' total time, and the page's long tasks. */
const figures = () => {
  const byActor: Record<string, number> = {};
  for (const mark of document.querySelectorAll('dramatis-mark')) {
    const id = mark.getAttribute('data-dramatis-actor')!;
    byActor[id] = (byActor[id] ?? 0) + 1;
  }
  const passes = performance.getEntriesByName('dramatis:highlight');
  return {
    byActor,
    highlightMs: Math.round(passes.reduce((sum, pass) => sum + pass.duration, 0)),
    longTasks: (window as unknown as { longTasks: number[] }).longTasks,
  };
};

describe('very large pages in Chromium', () => {
  it('highlights a page of 110,000 nodes completely, in short slices', async () => {
    const { page, errors } = await openWatched(
      session.browser.context,
      `${session.servers.main.url}/pages/big.html`,
    );
    await firstPass(page, 45_000);
    const nodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    });
    expect(nodes).toBeGreaterThanOrEqual(100_000);
    const result = await page.evaluate(figures);
    console.info(
      '110,000 nodes:',
      result.highlightMs,
      'ms highlighting; long tasks',
      result.longTasks,
    );
    expect(result.byActor).toEqual({
      'vladimir-putin': BIG_ROWS / 10,
      'donald-trump': BIG_ROWS / 10,
    });
    expect(await page.textContent('.row:nth-child(11) p')).toBe(
      'Row 10: Putin called Trump about item and more',
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('highlights one text node of 1 MB without losing a character', async () => {
    const { page, errors } = await openWatched(
      session.browser.context,
      `${session.servers.main.url}/pages/huge.html`,
    );
    await firstPass(page, 45_000);
    const result = await page.evaluate(figures);
    console.info(
      '1 MB text node:',
      result.highlightMs,
      'ms highlighting; long tasks',
      result.longTasks,
    );
    expect(result.byActor).toEqual({ 'sergei-lavrov': Math.ceil(HUGE_LENGTH / 10_000) });
    const text = await page.evaluate(() => {
      const huge = document.getElementById('huge')!;
      const first = huge.firstChild as Text;
      return {
        length: huge.textContent!.length,
        start: huge.textContent!.slice(0, 12),
        firstNode: first.data,
      };
    });
    expect(text).toEqual({ length: HUGE_LENGTH, start: 'Lavrov lorem', firstNode: '' });
    expect(errors).toEqual([]);
  }, 60_000);
  it('marks the names in view first on a page the reader has scrolled far down', async () => {
    const page = await session.browser.context.newPage();
    // Before the page's own scripts: scroll to the middle once parsed, and note where each mark
    // is, relative to the viewport, when it first appears.
    await page.addInitScript(() => {
      const seen: number[] = ((window as unknown as { markTops: number[] }).markTops = []);
      document.addEventListener('DOMContentLoaded', () => {
        window.scrollTo(0, document.documentElement.scrollHeight / 2);
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node instanceof Element && node.localName === 'dramatis-mark') {
                seen.push(node.getBoundingClientRect().top);
              }
            }
          }
          // Each look forces a layout of the whole page: the first marks tell enough.
          if (seen.length >= 4) observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.goto(`${session.servers.main.url}/pages/big.html`);
    await firstPass(page, 45_000);
    const { tops, height, marks } = await page.evaluate(() => ({
      tops: (window as unknown as { markTops: number[] }).markTops,
      height: window.innerHeight,
      marks: document.querySelectorAll('dramatis-mark').length,
    }));
    expect(marks).toBe((2 * BIG_ROWS) / 10);
    expect(tops.length).toBeGreaterThanOrEqual(4);
    for (const top of tops.slice(0, 4)) {
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(height);
    }
    await page.close();
  }, 60_000);
});
