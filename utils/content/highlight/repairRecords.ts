import { blockOf } from './blocks';
import type { LoopGuard } from './LoopGuard';
import { MARK_TAG } from '../../shared/markup';
import { isInsideSkipped, isSkipped } from './skip';
import type { SplitTracker } from './SplitTracker';

/**
 * Undoes the splits the page's own writes have made stale, and returns the nodes to highlight
 * again. It runs inside the MutationObserver callback, a microtask after the page's script and
 * so before the next paint: the page never shows stale text.
 *
 * - The page wrote into an original: our pieces go, the original keeps the page's new text.
 * - The page removed an original (it is still where the page left it, so that worked): the
 *   pieces it left behind go, and the detached original gets its whole text back.
 * - The page inserted a node between our pieces: the original is made whole first, so the new
 *   node sits where the page put it relative to the page's text.
 * - The page removed a piece of ours, or a subtree holding marks: forgotten, or made whole (and
 *   the parent it was removed from, which stays, gets the strike: a page that replaces the
 *   element holding our marks with a fresh one would otherwise start clean every time).
 * - An element became editable: everything split inside it is made whole (and when it stops
 *   being editable, it is highlighted).
 *
 * Each block where the page undid our marks gets one strike per call (see LoopGuard).
 */
export function repairRecords(
  records: readonly MutationRecord[],
  tracker: SplitTracker,
  loops: LoopGuard,
): Node[] {
  const dirty: Node[] = [];
  const struck = new Set<Node>();
  const strike = (node: Node) => struck.add(blockOf(node) ?? node);
  for (const record of records) {
    if (record.type === 'characterData') {
      if (tracker.isOriginal(record.target)) {
        dirty.push(...again(tracker.repair(record.target, true)));
        strike(record.target);
      } else dirty.push(record.target);
    } else if (record.type === 'childList') {
      record.removedNodes.forEach((node) => healRemoved(node, record.target, tracker, strike));
      if (record.addedNodes.length) dirty.push(...healInsertion(record, tracker));
    } else if (record.target instanceof Element && isSkipped(record.target)) {
      healInside(record.target, tracker);
    } else dirty.push(record.target);
  }
  struck.forEach((block) => loops.strike(block));
  return dirty;
}

function healRemoved(
  node: Node,
  parent: Node,
  tracker: SplitTracker,
  strike: (node: Node) => void,
): void {
  if (tracker.isOriginal(node)) {
    tracker.repair(node, false);
    strike(parent);
  } else if (tracker.originalOf(node)) {
    tracker.forget(node);
    strike(parent);
  } else if (!node.isConnected && node.nodeType === Node.ELEMENT_NODE) {
    if (healInside(node as Element, tracker)) strike(parent);
  }
}

function healInsertion(record: MutationRecord, tracker: SplitTracker): Node[] {
  const added = [...record.addedNodes];
  const before = added[0]?.previousSibling ?? null;
  const after = added[added.length - 1]?.nextSibling ?? null;
  const original = tracker.originalOf(after);
  const inside = original && (before === original || tracker.originalOf(before) === original);
  for (const node of added) {
    if (node instanceof Element && isInsideSkipped(node)) healInside(node, tracker);
  }
  return [...(inside ? again(tracker.repair(original, false)) : []), ...added];
}

/** What to highlight after a repair: the text node, or the block when a name spanned several. */
function again(repaired: Text[]): Node[] {
  const [first] = repaired;
  if (!first) return [];
  return repaired.length > 1 ? [blockOf(first) ?? first] : [first];
}

/** Makes whole every split inside `element`; whether it held any mark of ours. */
function healInside(element: Element, tracker: SplitTracker): boolean {
  const marks = element.querySelectorAll(MARK_TAG);
  for (const mark of marks) {
    const original = tracker.originalOf(mark);
    if (original) tracker.repair(original, false);
  }
  return marks.length > 0;
}
