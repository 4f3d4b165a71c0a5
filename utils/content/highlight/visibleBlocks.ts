import { blockOf, isInline } from './blocks';
import { isSkipped } from './skip';

/** Elements looked at from the first one in view before giving up (a cap on layout reads). */
const MAX_VISITS = 400;
/** Points tried down the middle of the view (one may fall between paragraphs, on the page). */
const PROBES = 8;

/** The first block under `root` (not `root` itself) found near the top of the view. */
function firstInView(root: Element, view: Window): Element | null {
  for (let i = 0; i < PROBES; i++) {
    const y = (view.innerHeight * (i + 1)) / (2 * PROBES);
    const hit = root.ownerDocument.elementFromPoint(view.innerWidth / 2, y);
    const block = hit && blockOf(hit);
    if (block && block !== root && root.contains(block)) return block;
  }
  return null;
}

/**
 * The blocks under `root` the reader sees now, in document order, for the highlighter to mark
 * before the rest of the page: wherever the reader is on a long page (a reload that keeps the
 * scroll position, a new pass after a settings change or an app's navigation), the names in
 * view are marked in the first slice instead of after everything above them. A hit test near
 * the top of the view finds where it starts (few: each walks the page's layout, which is slow
 * on a long page; commit e5295c6); from there elements are taken in document order down
 * to the bottom of the view. At the top of a page the walk starts there anyway: nothing to do.
 */
export function visibleBlocks(root: Element): Element[] {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function' || view.scrollY < view.innerHeight / 2) {
    return [];
  }
  const first = firstInView(root, view);
  if (!first) return [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = first;
  const blocks: Element[] = [];
  let element: Element | null = first;
  for (let visits = 0; element && visits < MAX_VISITS; visits++) {
    const rect = element.getBoundingClientRect();
    if (rect.top >= view.innerHeight) break;
    const inside = blocks.some((block) => block.contains(element!));
    if (!inside && !isInline(element) && !isSkipped(element) && rect.bottom > 0) {
      if (rect.height <= 2 * view.innerHeight) blocks.push(element);
    }
    element = walker.nextNode() as Element | null;
  }
  return blocks;
}
