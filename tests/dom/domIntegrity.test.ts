import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { Highlighter } from '../../utils/content/highlight/Highlighter';
import { compileCast } from '../../utils/shared/matching/compile';
import { editArb, nodeArb } from '../support/pageModel';
import {
  beforePaint,
  collectWindowErrors,
  settle,
  startHighlighting,
} from '../support/pageHighlight';
import { TwinPage } from '../support/twinPage';

/** Runs per property; the README's "Reliability" section quotes these counts. */
const RUNS = { edits: 300, clear: 300, twice: 300 };

const dataset = bundledDataset();
const cast = compileCast(dataset.actors);
const pageArb = fc.array(nodeArb, { minLength: 1, maxLength: 5 });
let errors: unknown[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  errors = collectWindowErrors();
});

afterEach(() => {
  vi.useRealTimers();
  expect(errors).toEqual([]);
});

/** A random edit, and whether the page then waits long enough for highlighting to catch up. */
const stepArb = fc.tuple(editArb, fc.boolean());

describe('the DOM stays the page’s own', () => {
  it('shows exactly what the page wrote after every edit, and clears back to it', async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, fc.array(stepArb, { maxLength: 12 }), async (specs, steps) => {
        document.body.replaceChildren();
        const page = new TwinPage(specs);
        const highlight = await startHighlighting(page.root);
        for (const [edit, wait] of steps) {
          page.apply(edit);
          await beforePaint();
          expect(page.textMismatch(), JSON.stringify(edit)).toBeUndefined();
          if (wait) await settle();
          expect(page.misplacedMarks()).toEqual([]);
        }
        await settle();
        expect(page.textMismatch()).toBeUndefined();
        highlight.stop();
        expect(page.isExactlyTwin()).toBe(true);
      }),
      { numRuns: RUNS.edits },
    );
  }, 120_000);

  it('returns the exact original DOM when highlights are cleared', async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, async (specs) => {
        document.body.replaceChildren();
        const page = new TwinPage(specs);
        const highlight = await startHighlighting(page.root);
        expect(page.textMismatch()).toBeUndefined();
        highlight.stop();
        expect(page.isExactlyTwin()).toBe(true);
        expect(page.root.querySelector('dramatis-mark')).toBeNull();
      }),
      { numRuns: RUNS.clear },
    );
  }, 120_000);

  it('never wraps a mention twice when a page is highlighted again', async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, async (specs) => {
        document.body.replaceChildren();
        const page = new TwinPage(specs);
        const highlighter = new Highlighter({
          cast,
          categoryOf: () => 'russia',
          colorOf: () => '#d62828',
          hiddenCategories: new Set(),
        });
        const once = highlighter.highlight([page.root]);
        await vi.runAllTimersAsync();
        const first = (await once).marks;
        const html = page.root.innerHTML;
        const twice = highlighter.highlight([page.root]);
        await vi.runAllTimersAsync();
        expect((await twice).marks).toBe(0);
        expect(page.root.innerHTML).toBe(html);
        expect(page.root.querySelectorAll('dramatis-mark')).toHaveLength(first);
        expect(page.misplacedMarks()).toEqual([]);
        highlighter.clear(page.root);
        expect(page.isExactlyTwin()).toBe(true);
      }),
      { numRuns: RUNS.twice },
    );
  }, 120_000);
});
