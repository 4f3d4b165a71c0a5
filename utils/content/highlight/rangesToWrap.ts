import type { Mention } from '../../shared/matching/findMentions';
import { MARK_TAG } from '../../shared/markup';

/** A range for mark.js's `markRanges`, in the text of the nodes it is given. */
export interface WrapRange {
  start: number;
  length: number;
  actorId: string;
}

/** Whether a text node is the text of one of our marks (mark.js gives each mark one). */
export const isMarkText = (node: Text) => node.parentElement?.localName === MARK_TAG;

/**
 * Turns mentions found in a run's whole text (marked text included, as context) into the
 * ranges mark.js should wrap among the run's unmarked text nodes: mentions touching an existing
 * mark are dropped (they are highlighted already), the rest are shifted past the marked text.
 */
export function rangesToWrap(nodes: readonly Text[], mentions: readonly Mention[]): WrapRange[] {
  const marked: [number, number][] = [];
  let offset = 0;
  for (const node of nodes) {
    if (isMarkText(node)) marked.push([offset, offset + node.length]);
    offset += node.length;
  }
  return mentions
    .filter((m) => !marked.some(([start, end]) => m.start < end && start < m.end))
    .map((m) => {
      const before = marked.reduce(
        (sum, [start, end]) => sum + (end <= m.start ? end - start : 0),
        0,
      );
      return { start: m.start - before, length: m.end - m.start, actorId: m.actorId };
    });
}
