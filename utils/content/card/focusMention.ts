import { ACTOR_ATTR, MARK_SELECTOR } from '../../shared/markup';
import { mentionIndex, visibleMentions } from './mentions';
import { nextIndex } from './nextIndex';

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
  const marks = visibleMentions(doc);
  if (!marks.length) return null;
  const at = mentionIndex(marks, doc.activeElement?.closest(MARK_SELECTOR) ?? undefined);
  const mark = marks[nextIndex(at, direction === 'next' ? 1 : -1, marks.length)] as HTMLElement;
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  return { actorId: mark.getAttribute(ACTOR_ATTR) ?? '' };
}
