import { blockOf } from './blocks';

/** Distance between the points hit-tested down the viewport, in CSS pixels. */
const STEP_PX = 48;
/** Where across the viewport the points lie, as fractions of its width. */
const COLUMNS = [0.25, 0.5, 0.75];

/**
 * The blocks under `root` the reader sees now, outermost first and in document order, for the
 * highlighter to mark before the rest of the page: wherever the reader is on a long page (a
 * reload that keeps the scroll position, a new pass after a settings change or an app's
 * navigation), the names in view are marked in the first slice instead of after everything
 * above them. They are found by hit-testing points down the viewport; a block taller than two
 * viewports (a page's main column) is left to the full pass, which it would amount to.
 */
export function visibleBlocks(root: Element): Element[] {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return [];
  const found = new Set<Element>();
  for (let y = STEP_PX / 2; y < view.innerHeight; y += STEP_PX) {
    for (const column of COLUMNS) {
      const hit = doc.elementFromPoint(view.innerWidth * column, y);
      const block = hit && blockOf(hit);
      if (!block || block === root || !root.contains(block) || found.has(block)) continue;
      if (block.getBoundingClientRect().height <= 2 * view.innerHeight) found.add(block);
    }
  }
  const blocks = [...found].filter(
    (block) => ![...found].some((o) => o !== block && o.contains(block)),
  );
  return blocks.sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}
