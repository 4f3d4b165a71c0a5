import { blockOf, isInline } from './blocks';
import { MARK_TAG } from './markup';
import { isInsideSkipped, isSkipped } from './skip';

/**
 * A run of text that reads as one piece: the text nodes of one block between nested blocks.
 * Names are matched on the run's whole text, so "<a>Wladimir</a> <b>Putin</b>" is one mention.
 * The text inside our own marks is part of the run, as context only: it is never wrapped again,
 * but highlighting a run twice sees the same words as the first time.
 */
export interface Segment {
  nodes: Text[];
  text: string;
  /** The nearest non-inline ancestor (null for text right under a shadow root). */
  block: Element | null;
}

/**
 * Walks a subtree once and groups its highlightable text into segments, skipping code, form
 * fields, editable regions and our UI. A text node or inline element is taken with the runs of
 * its block, so a name reaching into it is seen whole. Open shadow roots are walked too (each is
 * reported to `onShadowRoot`, to be watched and styled); closed ones cannot be seen and are left
 * alone. Whitespace-only segments are dropped.
 */
export function collectSegments(
  root: Node,
  onShadowRoot: (shadow: ShadowRoot) => void = () => undefined,
): Segment[] {
  if (root instanceof Element ? isSkipped(root) || isInsideSkipped(root) : isInsideSkipped(root)) {
    return [];
  }
  const shadows = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  let segments = walkText(root, shadows, false);
  if (root.nodeType === Node.TEXT_NODE || (root instanceof Element && isInline(root))) {
    const outer = blockOf(root);
    const context = walkText(outer ?? root.getRootNode(), [], true);
    segments = [...context, ...segments.filter((segment) => segment.block !== outer)];
  }
  for (const shadow of shadows) {
    onShadowRoot(shadow);
    segments.push(...collectSegments(shadow, onShadowRoot));
  }
  return segments.filter((segment) => /\S/.test(segment.text));
}

/**
 * The text runs under `root`. With `ownRunsOnly`, nested blocks are left out (they end a run),
 * which gives just the runs of `root` itself.
 */
function walkText(root: Node, shadows: ShadowRoot[], ownRunsOnly: boolean): Segment[] {
  let broken = false;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.localName === MARK_TAG) return NodeFilter.FILTER_SKIP;
      if (isSkipped(element)) return NodeFilter.FILTER_REJECT;
      if (ownRunsOnly && !isInline(element)) {
        broken = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (element.shadowRoot) shadows.push(element.shadowRoot);
      return NodeFilter.FILTER_SKIP;
    },
  });
  const segments: Segment[] = [];
  let current: Segment | undefined;
  const first = root.nodeType === Node.TEXT_NODE ? (root as Text) : walker.nextNode();
  for (let node = first as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node);
    if (!current || block !== current.block || broken) {
      current = { nodes: [], text: '', block };
      segments.push(current);
      broken = false;
    }
    current.nodes.push(node);
    current.text += node.data;
  }
  return segments;
}
