import { blockOf } from './blocks';
import type { TextRun } from './TextRun';
import { MARK_TAG } from '../../shared/markup';
import { isSkipped } from './skip';

/** Where a walk stopped: the node it reads next, and the way on should the page remove it. */
interface Bookmark {
  node: Node;
  /** For the node and each ancestor below the root: its parent and what followed it then. */
  ways: [parent: Node, next: Node | null][];
}

/**
 * The text runs under `root` in document order, one run per block, produced lazily.
 * The caller may pause between runs and let the page change the DOM: if the page removed
 * the node the walk was to read next, the walk goes on from what followed it (or its nearest
 * ancestor still in place), so the rest of the page is still read. Whatever the page added or
 * changed meanwhile is its mutation records' to report. A limit: if the page removed that
 * node's next sibling as well, the walk goes on after their parent, and the parent's later
 * children are left unread until the page next changes them. A TreeWalker keeps no registration
 * with the document (a NodeIterator would, and slow every later removal of a node; see
 * lightIterators). Skipped subtrees (code, form fields, our UI) are left out; hosts of open
 * shadow roots met on the way are added to `shadows`.
 */
export function* walkRuns(root: Node, shadows: ShadowRoot[]): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const accept = (node: Node): number => {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    const element = node as Element;
    if (element.localName === MARK_TAG) return NodeFilter.FILTER_SKIP;
    if (isSkipped(element)) return NodeFilter.FILTER_REJECT;
    if (element.shadowRoot && element !== root) shadows.push(element.shadowRoot);
    return NodeFilter.FILTER_SKIP;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: accept,
  });
  let current: TextRun | undefined;
  let node = (root.nodeType === Node.TEXT_NODE ? root : walker.nextNode()) as Text | null;
  while (node) {
    const block = blockOf(node);
    if (current && block !== current.block) {
      const bookmark = bookmarkOf(node, root);
      yield current;
      current = undefined;
      if (!root.isConnected) return;
      if (!root.contains(node)) {
        node = resume(walker, bookmark, root, accept);
        continue;
      }
    }
    current ??= { nodes: [], text: '', block };
    current.nodes.push(node);
    current.text += node.data;
    node = walker.nextNode() as Text | null;
  }
  if (current) yield current;
}

function bookmarkOf(node: Node, root: Node): Bookmark {
  const ways: Bookmark['ways'] = [];
  for (let n = node; n !== root && n.parentNode; n = n.parentNode) {
    ways.push([n.parentNode, n.nextSibling]);
  }
  return { node, ways };
}

/** The first text node to read after the bookmarked one, now that the page removed it. */
function resume(
  walker: TreeWalker,
  { ways }: Bookmark,
  root: Node,
  accept: (node: Node) => number,
): Text | null {
  for (const [parent, next] of ways) {
    if (!next || next.parentNode !== parent || !(parent === root || root.contains(parent))) {
      continue;
    }
    walker.currentNode = next;
    const verdict = accept(next);
    if (verdict === NodeFilter.FILTER_ACCEPT) return next as Text;
    return (
      verdict === NodeFilter.FILTER_REJECT ? walker.nextSibling() : walker.nextNode()
    ) as Text | null;
  }
  return null;
}
