import { ACTOR_ATTR, HIDDEN_ATTR, MARK_SELECTOR, MENTION_ATTR } from '../../shared/markup';
import { groupMentions } from '../../shared/groupMentions';
import { isOwnMark } from '../../shared/ownMarks';

/**
 * The first element of each visible mention on the page, in document order, optionally of one
 * actor only. A mention split across elements counts once; switched-off categories and elements
 * the page dressed up as marks not at all.
 */
export function visibleMentions(doc: Document, actorId?: string): HTMLElement[] {
  const selector = actorId
    ? `${MARK_SELECTOR}[${ACTOR_ATTR}="${CSS.escape(actorId)}"]`
    : MARK_SELECTOR;
  const visible = [...doc.querySelectorAll<HTMLElement>(selector)].filter(
    (mark) => !mark.hasAttribute(HIDDEN_ATTR) && isOwnMark(mark),
  );
  return groupMentions(visible).map(([first]) => first!);
}

/** Whether two elements are marks of the same mention. */
export const sameMention = (a: Element | null | undefined, b: Element | null | undefined) =>
  !!a && !!b && a.getAttribute(MENTION_ATTR) === b.getAttribute(MENTION_ATTR);

/** Index of `mark`'s mention in `mentions`, or -1. */
export const mentionIndex = (mentions: readonly Element[], mark: Element | undefined) =>
  mentions.findIndex((m) => sameMention(m, mark));

/** Brings a mention into view and flashes it briefly, so the eye finds it after a jump. */
export function revealMention(mark: HTMLElement, reducedMotion: boolean): void {
  mark.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
  const marks = mark.ownerDocument.querySelectorAll<HTMLElement>(
    `${MARK_SELECTOR}[${MENTION_ATTR}="${CSS.escape(mark.getAttribute(MENTION_ATTR) ?? '')}"]`,
  );
  for (const each of marks) {
    each.removeAttribute('data-dramatis-flash');
    void each.offsetWidth; // restart the animation when the same mention is revealed again
    each.setAttribute('data-dramatis-flash', '');
    setTimeout(() => each.removeAttribute('data-dramatis-flash'), 1200);
  }
}
