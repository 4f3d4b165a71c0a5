import type { HighlightDensity } from '../../shared/settings/settingValues';
import { blockOf } from './blocks';
import { groupMentions } from '../../shared/groupMentions';
import { ACTOR_ATTR, MARK_SELECTOR, REPEAT_ATTR } from '../../shared/markup';

/** What a mention shows under a density: in full (null), lighter, or unstyled. */
export type Weight = 'light' | 'plain' | null;

/**
 * The weight of each mention, given the mentions in page order as [actor, paragraph]: in full
 * the first time an actor appears in a paragraph (`calm`) or on the page (`first`), or always
 * (`every`). Later mentions in the same paragraph are `light` (calm); after the first on the
 * page, `plain` (first).
 */
export function weights(
  mentions: readonly { actor: string; block: unknown }[],
  density: HighlightDensity,
): Weight[] {
  const seenOnPage = new Set<string>();
  const seenInBlock = new Map<unknown, Set<string>>();
  return mentions.map(({ actor, block }) => {
    const inBlock = seenInBlock.get(block) ?? new Set<string>();
    seenInBlock.set(block, inBlock);
    const repeatHere = inBlock.has(actor);
    const repeatOnPage = seenOnPage.has(actor);
    inBlock.add(actor);
    seenOnPage.add(actor);
    if (density === 'every') return null;
    if (density === 'first') return repeatOnPage ? 'plain' : null;
    return repeatHere ? 'light' : null;
  });
}

/**
 * Sets each mark's `data-dramatis-repeat` for the reader's density, in document order; the
 * marks of one mention share its weight. Attributes only, and only where they change: no node
 * is added or removed, and the page's text is not touched.
 */
export function applyDensity(root: ParentNode, density: HighlightDensity): void {
  const marks = [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
  const mentions = groupMentions(marks);
  const weight = weights(
    mentions.map(([first]) => ({
      actor: first!.getAttribute(ACTOR_ATTR) ?? '',
      block: blockOf(first!),
    })),
    density,
  );
  const weightOf = new Map<Element, Weight>();
  mentions.forEach((group, i) => group.forEach((mark) => weightOf.set(mark, weight[i] ?? null)));
  for (const mark of marks) {
    const next = weightOf.get(mark) ?? null;
    if (mark.getAttribute(REPEAT_ATTR) === next) continue;
    if (next === null) mark.removeAttribute(REPEAT_ATTR);
    else mark.setAttribute(REPEAT_ATTR, next);
  }
}
