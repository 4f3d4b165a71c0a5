import { MARK_SELECTOR } from '../../shared/markup';
import type { SplitTracker } from './SplitTracker';
import { unwrapMark } from './unwrapMark';

/**
 * Removes every highlight under `root` (in open shadow roots too): each split page text node
 * gets its whole text back and our nodes go, so the page's DOM is exactly as the page made it.
 * Marks the tracker does not know (copies the page cloned) are unwrapped into the text node
 * before them, outside shadow roots only.
 */
export function clearMarks(root: Node, tracker: SplitTracker): void {
  for (const original of tracker.originals()) {
    if (containsAcrossShadow(root, original)) tracker.repair(original, false);
  }
  if ('querySelectorAll' in root) {
    (root as ParentNode).querySelectorAll(MARK_SELECTOR).forEach(unwrapMark);
  }
}

function containsAcrossShadow(root: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at === root) return true;
  }
  return false;
}
