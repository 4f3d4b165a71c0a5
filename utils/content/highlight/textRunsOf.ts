import type { TextRun } from './TextRun';
import { blockOf, isInline } from './blocks';
import { MARK_TAG } from '../../shared/markup';
import { isInsideSkipped, isSkipped } from './skip';
import { walkRuns } from './walkRuns';

/**
 * The highlightable text of a subtree as runs, one at a time, so a caller can stop between
 * any two and let the page run: the walk survives the page changing the DOM meanwhile (see
 * {@link walkRuns}). Code, form fields, editable regions and our UI are skipped. A text node or
 * inline element is taken with the runs of its block, so a name reaching into it is seen whole.
 * Open shadow roots are walked after their tree (each is reported to `onShadowRoot`, to be
 * watched and styled); closed ones cannot be seen and are left alone. Whitespace-only runs
 * are dropped.
 */
export function* textRunsOf(
  root: Node,
  onShadowRoot: (shadow: ShadowRoot) => void = () => undefined,
): Generator<TextRun, void, undefined> {
  if (root instanceof Element ? isSkipped(root) || isInsideSkipped(root) : isInsideSkipped(root)) {
    return;
  }
  const shadows = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  const inline = root.nodeType === Node.TEXT_NODE || (root instanceof Element && isInline(root));
  const outer = inline ? blockOf(root) : undefined;
  if (inline) yield* wordy(ownRuns(outer ?? root.getRootNode()));
  for (const run of wordy(walkRuns(root, shadows))) {
    if (!inline || run.block !== outer) yield run;
  }
  for (const shadow of shadows) {
    onShadowRoot(shadow);
    yield* textRunsOf(shadow, onShadowRoot);
  }
}

function* wordy(runs: Iterable<TextRun>): Generator<TextRun, void, undefined> {
  for (const run of runs) if (/\S/.test(run.text)) yield run;
}

/** The runs of `root` itself: its text and inline elements, up to the first nested block. */
function ownRuns(root: Node): TextRun[] {
  let broken = false;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.localName === MARK_TAG) return NodeFilter.FILTER_SKIP;
      if (isSkipped(element)) return NodeFilter.FILTER_REJECT;
      if (isInline(element)) return NodeFilter.FILTER_SKIP;
      broken = true;
      return NodeFilter.FILTER_REJECT;
    },
  });
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!current || broken) {
      current = { nodes: [], text: '', block: blockOf(node) };
      runs.push(current);
      broken = false;
    }
    current.nodes.push(node);
    current.text += node.data;
  }
  return runs;
}
