import { ACTOR_ATTR, HIDDEN_ATTR, MARK_SELECTOR, MENTION_ATTR } from '../highlight/markup';

/**
 * Moves keyboard focus to the next (or previous) visible mention after the focused one, wrapping
 * around, so a keyboard user can walk the cast without every mark joining the tab order. The
 * focused mark gets `tabindex="-1"` (focusable, never tabbable); focusing it opens its card.
 * Returns the actor focused, or null when the page has no visible mention.
 */
export function focusMention(
  direction: 'next' | 'previous',
  doc: Document = document,
): { actorId: string } | null {
  const marks = firstPieces(doc);
  if (!marks.length) return null;
  const current = doc.activeElement?.closest(MARK_SELECTOR);
  const at = current
    ? marks.findIndex((m) => m.getAttribute(MENTION_ATTR) === current.getAttribute(MENTION_ATTR))
    : -1;
  const step = direction === 'next' ? 1 : -1;
  const index =
    at === -1 ? (step === 1 ? 0 : marks.length - 1) : (at + step + marks.length) % marks.length;
  const mark = marks[index] as HTMLElement;
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  return { actorId: mark.getAttribute(ACTOR_ATTR) ?? '' };
}

/** The first element of each visible mention, in document order. */
function firstPieces(doc: Document): HTMLElement[] {
  const seen = new Set<string | null>();
  return [...doc.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter((mark) => {
    if (mark.hasAttribute(HIDDEN_ATTR)) return false;
    const id = mark.getAttribute(MENTION_ATTR);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
