import Mark from 'mark.js';
import type { CompiledCast } from '../../shared/matching/compile';
import { scanMentions, type Mention } from '../../shared/matching/findMentions';
import { PageContext } from '../../shared/matching/PageContext';
import { textRunsOf } from './textRunsOf';
import type { TextRun } from './TextRun';
import { decorateMark, type MarkStyle, applyVisibility } from './decorateMark';
import { clearMarks } from './clearMarks';
import { MARK_SELECTOR, MARK_TAG } from '../../shared/markup';
import { SplitTracker } from './SplitTracker';
import { isMarkText, rangesToWrap } from './rangesToWrap';
import { WrapBatch, type MentionRange } from './WrapBatch';
import { withLightIterators } from './lightIterators';
import { SliceClock } from './SliceClock';
import { claimMark } from '../../shared/ownMarks';

/** What the highlighter needs to know about the cast, and how to pause the page observer. */
export interface HighlighterOptions extends MarkStyle {
  cast: CompiledCast;
  /** Runs our own DOM writes so a MutationObserver can tell them from the page's. */
  guard?: <T>(write: () => T) => T;
  /** Stops a running pass when the content script's context is invalidated. */
  signal?: AbortSignal;
  /** Where splits are recorded, so the page's own writes can undo them (shared with the healer). */
  tracker?: SplitTracker;
  /** Called for each open shadow root met, so it can be watched and styled. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Blocks the page keeps undoing our marks in (see LoopGuard): left alone. */
  isRetired?: (block: Element | null) => boolean;
  /**
   * The only actors to mark (the casts of the stories the page is about); every actor of the
   * cast when absent. A filter on what the compiled cast finds, so the cast compiles once for
   * every page whatever stories it is about.
   */
  actors?: ReadonlySet<string>;
}

/** Told of each run of text a pass reads, with every mention found in it (before the filter). */
export type RunReader = (text: string, mentions: readonly Mention[]) => void;

/** Figures of one highlight pass, also recorded in the `dramatis:highlight` measure. */
export interface PassStats {
  marks: number;
  textNodes: number;
}

/** What a run without names (or one left alone) gives to wrap. */
const NOTHING = { nodes: [], ranges: [] } as const;

/**
 * The order a pass reads runs in, each with whether it is the last look at it: those of the
 * `first` blocks, then those of the roots not already read, then the `waiting` ones (filled by
 * the caller meanwhile: runs whose short name waited for a full name further down).
 */
function* readingOrder(
  first: readonly Element[],
  roots: readonly Node[],
  waiting: readonly TextRun[],
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<[TextRun, boolean], void, undefined> {
  const early = new WeakSet<Text>();
  for (const block of first) {
    for (const run of textRunsOf(block, onShadowRoot)) {
      early.add(run.nodes[0]!);
      yield [run, false];
    }
  }
  for (const root of roots) {
    for (const run of textRunsOf(root, onShadowRoot)) {
      if (!early.has(run.nodes[0]!)) yield [run, false];
    }
  }
  for (const run of waiting) yield [run, true];
}

/**
 * Highlights the cast's mentions with mark.js. The text is scanned once with the compiled
 * pattern; mark.js only wraps the ranges found, for a few runs at a time, so it never walks the
 * page itself. Every split is recorded, so it can be undone exactly. Work is done in short
 * slices so the page stays responsive. Step 5 of 5 to the first mark (after highlightPage): it
 * makes the marks.
 */
export class Highlighter {
  private nextMention = 0;
  private hidden: ReadonlySet<string>;
  private readonly tracker: SplitTracker;
  /** The actors this page names in full, which some short names need (see PageContext). */
  private readonly page: PageContext;

  constructor(private readonly options: HighlighterOptions) {
    this.hidden = options.hiddenCategories;
    this.tracker = options.tracker ?? new SplitTracker();
    this.page = new PageContext();
  }

  /**
   * Highlights the mentions under each root and records a `dramatis:highlight` measure. The
   * page is read once, in document order (the `first` blocks, those in view, before the rest),
   * and each run is marked as soon as it is read, in short slices. A run whose short name waits
   * for the actor's full name ("Kellogg") is marked after the rest, when everything the page
   * names in full is known. `onRun` hears each run read, so the pass can also gather what the
   * page is about (see EvidenceTally) without a read of its own.
   */
  async highlight(
    roots: readonly Node[],
    first: readonly Element[] = [],
    onRun?: RunReader,
  ): Promise<PassStats> {
    const start = performance.now();
    const stats: PassStats = { marks: 0, textNodes: 0 };
    const waiting: TextRun[] = [];
    const clock = new SliceClock();
    const batch = new WrapBatch((nodes, ranges) => this.wrap(nodes, ranges));
    const reads = readingOrder(first, roots, waiting, this.options.onShadowRoot);
    for (const [run, last] of reads) {
      if (this.options.signal?.aborted) break;
      if (!last) stats.textNodes += run.nodes.filter((node) => !isMarkText(node)).length;
      const found = this.rangesIn(run, last, onRun);
      if (!found) waiting.push(run);
      else if (found.ranges.length) stats.marks += batch.add(found.nodes, found.ranges);
      if (!clock.due()) continue;
      stats.marks += batch.flush();
      await clock.yield();
    }
    stats.marks += batch.flush();
    performance.measure('dramatis:highlight', { start, end: performance.now(), detail: stats });
    return stats;
  }

  /** Shows or hides categories by restyling existing marks; the page text is not touched. */
  setHiddenCategories(hidden: ReadonlySet<string>, root: ParentNode): void {
    this.hidden = hidden;
    for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
      applyVisibility(mark, hidden);
    }
  }

  /** Removes every highlight under `root`, leaving the page's DOM exactly as the page made it. */
  clear(root: Node): void {
    this.write(() => clearMarks(root, this.tracker));
  }

  /**
   * The ranges to wrap in one run, among its text nodes outside our marks; nothing when the run
   * holds a name that may yet count (unless this is the `last` look at it).
   */
  private rangesIn(
    run: TextRun,
    last: boolean,
    onRun?: RunReader,
  ): { nodes: readonly Text[]; ranges: readonly MentionRange[] } | undefined {
    const { nodes, block } = run;
    // A run is read and marked in one slice; one that waited may have changed since.
    const stale = last && nodes.some((node) => !node.isConnected);
    if (stale || this.options.isRetired?.(block)) return NOTHING;
    const text = last ? nodes.map((node) => node.data).join('') : run.text;
    const scan = scanMentions(this.options.cast, text, this.page);
    if (scan.withheld && !last) return undefined;
    onRun?.(text, scan.mentions);
    const { actors } = this.options;
    const mentions = actors ? scan.mentions.filter((m) => actors.has(m.actorId)) : scan.mentions;
    if (!mentions.length) return NOTHING;
    const ranges = rangesToWrap(nodes, mentions).map((r) => ({
      ...r,
      mention: this.nextMention++,
    }));
    return { nodes: nodes.filter((node) => !isMarkText(node)), ranges };
  }

  /** Has mark.js wrap the ranges among these text nodes; each mark is decorated and recorded. */
  private wrap(nodes: Text[], ranges: MentionRange[]): number {
    let marks = 0;
    const style = { ...this.options, hiddenCategories: this.hidden };
    this.write(() =>
      withLightIterators(document, () =>
        new Mark(nodes as unknown as HTMLElement[]).markRanges(ranges, {
          element: MARK_TAG,
          each: (element: HTMLElement, range: unknown) => {
            const { actorId, mention } = range as (typeof ranges)[number];
            claimMark(element);
            decorateMark(element, actorId, mention, style);
            this.tracker.record(element, mention);
            marks++;
          },
        }),
      ),
    );
    return marks;
  }

  private write<T>(fn: () => T): T {
    return this.options.guard ? this.options.guard(fn) : fn();
  }
}
