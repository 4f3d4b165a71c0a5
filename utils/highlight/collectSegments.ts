import { MARK_TAG } from './markup';
import { isInsideSkipped, isSkipped } from './skip';

/**
 * A run of text that reads as one piece: the text nodes of one block between nested blocks.
 * Names are matched on the run's whole text, so "<a>Wladimir</a> <b>Putin</b>" is one mention.
 */
export interface Segment {
  nodes: Text[];
  text: string;
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  MARK_TAG,
]);

function blockOf(node: Text): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * Walks a subtree once and groups its highlightable text into segments, skipping code, form
 * fields, editable regions, our own marks and UI. Whitespace-only segments are dropped.
 */
export function collectSegments(root: Node): Segment[] {
  if (root instanceof Element ? isSkipped(root) || isInsideSkipped(root) : isInsideSkipped(root)) {
    return [];
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : isSkipped(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let currentBlock: Element | null = null;
  for (let node = firstText(root, walker); node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node);
    if (!current || block !== currentBlock) {
      current = { nodes: [], text: '' };
      currentBlock = block;
      segments.push(current);
    }
    current.nodes.push(node);
    current.text += node.data;
  }
  return segments.filter((segment) => /\S/.test(segment.text));
}

function firstText(root: Node, walker: TreeWalker): Text | null {
  return root.nodeType === Node.TEXT_NODE ? (root as Text) : (walker.nextNode() as Text | null);
}
