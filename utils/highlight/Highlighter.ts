import Mark from 'mark.js';
import type { CompiledCast } from '../matching/compile';
import { findMentions } from '../matching/findMentions';
import { collectSegments, type Segment } from './collectSegments';
import { unwrapMark } from './unwrapMark';
import {
  ACTOR_ATTR,
  CATEGORY_ATTR,
  HIDDEN_ATTR,
  MARK_SELECTOR,
  MARK_TAG,
  MENTION_ATTR,
} from './markup';

/** What the highlighter needs to know about the cast, and how to pause the page observer. */
export interface HighlighterOptions {
  cast: CompiledCast;
  categoryOf: (actorId: string) => string;
  colorOf: (categoryId: string) => string;
  hiddenCategories: ReadonlySet<string>;
  /** Runs our own DOM writes so a MutationObserver can tell them from the page's. */
  guard?: <T>(write: () => T) => T;
  /** Stops a running pass when the content script's context is invalidated. */
  signal?: AbortSignal;
}

/** Figures of one highlight pass, also recorded in the `dramatis:highlight` measure. */
export interface PassStats {
  marks: number;
  textNodes: number;
}

interface MentionRange {
  start: number;
  length: number;
  actorId: string;
  mention: number;
}

/** Longest stretch of work before yielding to the page, in milliseconds. */
const SLICE_MS = 8;

/**
 * Highlights the cast's mentions with mark.js. The text is scanned once with the compiled
 * pattern; mark.js only wraps the ranges found, per segment, so it never walks the page itself.
 * Work is done in short slices so the page stays responsive.
 */
export class Highlighter {
  private nextMention = 0;
  private hidden: ReadonlySet<string>;

  constructor(private readonly options: HighlighterOptions) {
    this.hidden = options.hiddenCategories;
  }

  /** Highlights the mentions under each root and records a `dramatis:highlight` measure. */
  async highlight(roots: readonly Node[]): Promise<PassStats> {
    const start = performance.now();
    const stats: PassStats = { marks: 0, textNodes: 0 };
    const segments = roots.flatMap((root) => collectSegments(root));
    let sliceStart = performance.now();
    for (const segment of segments) {
      if (this.options.signal?.aborted) break;
      stats.textNodes += segment.nodes.length;
      stats.marks += this.markSegment(segment);
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    performance.measure('dramatis:highlight', { start, end: performance.now(), detail: stats });
    return stats;
  }

  /** Shows or hides categories by restyling existing marks; the page text is not touched. */
  setHiddenCategories(hidden: ReadonlySet<string>, root: ParentNode): void {
    this.hidden = hidden;
    for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR))
      this.applyVisibility(mark);
  }

  /** Removes every highlight under `root`, giving each split text node back its own text. */
  clear(root: ParentNode): void {
    this.write(() => root.querySelectorAll(MARK_SELECTOR).forEach(unwrapMark));
  }

  private markSegment(segment: Segment): number {
    const ranges: MentionRange[] = findMentions(this.options.cast, segment.text).map((m) => ({
      start: m.start,
      length: m.end - m.start,
      actorId: m.actorId,
      mention: this.nextMention++,
    }));
    if (!ranges.length) return 0;
    let marks = 0;
    this.write(() =>
      new Mark(segment.nodes as unknown as HTMLElement[]).markRanges(ranges, {
        element: MARK_TAG,
        each: (element: HTMLElement, range: unknown) => {
          this.decorate(element, range as MentionRange);
          marks++;
        },
      }),
    );
    return marks;
  }

  private decorate(element: HTMLElement, range: MentionRange): void {
    const category = this.options.categoryOf(range.actorId);
    element.setAttribute(ACTOR_ATTR, range.actorId);
    element.setAttribute(CATEGORY_ATTR, category);
    element.setAttribute(MENTION_ATTR, String(range.mention));
    element.style.setProperty('--dramatis-color', this.options.colorOf(category));
    this.applyVisibility(element);
  }

  private applyVisibility(mark: HTMLElement): void {
    const hidden = this.hidden.has(mark.getAttribute(CATEGORY_ATTR) ?? '');
    if (hidden !== mark.hasAttribute(HIDDEN_ATTR)) mark.toggleAttribute(HIDDEN_ATTR, hidden);
  }

  private write<T>(fn: () => T): T {
    return this.options.guard ? this.options.guard(fn) : fn();
  }
}
