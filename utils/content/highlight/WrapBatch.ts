import type { WrapRange } from './rangesToWrap';

/** A range to wrap, with the mention it belongs to (one mention may take several marks). */
export type MentionRange = WrapRange & { mention: number };

/** Text nodes per mark.js call: mark.js de-duplicates its contexts in O(n²). */
const BATCH_NODES = 48;

/**
 * Gathers the ranges of several runs into one mark.js call. Each call has a fixed cost in
 * mark.js (its options, iterators and bookkeeping) several times that of wrapping one name, and
 * most runs hold one or two names, so batching spreads that cost over many names (measured in
 * commit 633d50e; the pass against its write floor in `bench/results.md`). Ranges are shifted by the text before them, as
 * mark.js reads its context nodes as one text. Runs must be added and flushed within one slice,
 * with no page code in between, as the ranges describe the text as it was read.
 */
export class WrapBatch {
  private nodes: Text[] = [];
  private ranges: MentionRange[] = [];
  private length = 0;

  /** @param wrap wraps ranges among nodes and returns the number of marks made. */
  constructor(private readonly wrap: (nodes: Text[], ranges: MentionRange[]) => number) {}

  /** Adds one run's nodes and its ranges in them; returns the marks made if that filled it. */
  add(nodes: readonly Text[], ranges: readonly MentionRange[]): number {
    for (const range of ranges) this.ranges.push({ ...range, start: range.start + this.length });
    for (const node of nodes) {
      this.nodes.push(node);
      this.length += node.length;
    }
    return this.nodes.length >= BATCH_NODES ? this.flush() : 0;
  }

  /** Wraps everything gathered; returns the number of marks made. */
  flush(): number {
    const { nodes, ranges } = this;
    this.nodes = [];
    this.ranges = [];
    this.length = 0;
    return ranges.length ? this.wrap(nodes, ranges) : 0;
  }
}
