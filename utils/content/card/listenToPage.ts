import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIDDEN_ATTR, MARK_SELECTOR } from '../../shared/markup';
import { isOwnMark } from '../../shared/ownMarks';
import { EDITABLE_ANIMATION, isEditableDocument } from '../highlight/watchEditable';
import { sameMention } from './mentions';

/**
 * What the page's events may do to the card: the narrow view {@link listenToPage} needs, so the
 * card's state stays private to its controller and this module does not import it.
 */
export interface PageCard {
  /** The card's shadow host: events inside it are the card's own. */
  readonly host: Element;
  /** The mark the card is attached to, if it is open. */
  shownMark(): HTMLElement | undefined;
  /** Whether the reader pinned the card (it then ignores the pointer and clicks elsewhere). */
  isPinned(): boolean;
  /** True while the card hands focus back to its mark, which must not reopen it. */
  isRestoringFocus(): boolean;
  /** The pointer or focus reached a mark: open its card after the delay, or at once. */
  enter(mark: HTMLElement, immediate?: boolean): void;
  /** The pointer left mark and card: close after the delay. */
  leave(): void;
  /** The pointer is on the card: keep it open. */
  hold(): void;
  close(): void;
  /** Moves focus into the card; false when it has nothing to focus. */
  focusCard(): boolean;
  /** Takes the card's host out of the page. */
  detach(): void;
}

/** Where an event really started, even inside a page's open shadow root. */
const origin = (e: Event): EventTarget | null => e.composedPath()[0] ?? e.target;

/** The visible mark of ours an event is on; an element the page dressed up as one is not. */
function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) || target.closest(`[${HIDDEN_ATTR}]`)) return null;
  const mark = target.closest<HTMLElement>(MARK_SELECTOR);
  return mark && isOwnMark(mark) ? mark : null;
}

/**
 * Connects the card to the page (only events the browser made count: a page's synthetic
 * `focusin` or `mouseover` opens nothing): pointer rest and keyboard focus on a mark open it; leaving mark
 * and card, Esc, or a click elsewhere close it (a pinned card ignores pointer and clicks); Tab
 * from the mark enters the card. On touch, a tap opens the card and the follow-up click is
 * swallowed only when the mark sits in a link, so a second tap still follows the link. Every
 * listener goes through `ctx`, so it dies with the content script.
 */
export function listenToPage(ctx: ContentScriptContext, card: PageCard): void {
  const { host } = card;
  const on = <T extends Event>(
    target: EventTarget,
    type: string,
    handler: (e: T) => void,
    options?: AddEventListenerOptions,
  ) => ctx.addEventListener(target, type, (e: Event) => e.isTrusted && handler(e as T), options);
  let tapped: HTMLElement | undefined;
  const leave = () => card.isPinned() || card.leave();
  on(document, 'mouseover', (e) => {
    const mark = markFrom(origin(e));
    if (mark) card.enter(mark);
  });
  on(document, 'mouseout', (e) => {
    const from = markFrom(origin(e));
    if (from && !sameMention(markFrom((e as MouseEvent).relatedTarget), from)) leave();
  });
  on(document, 'focusin', (e) => {
    const mark = markFrom(origin(e));
    if (mark && !card.isRestoringFocus()) card.enter(mark, true);
  });
  on(host, 'mouseover', () => card.hold());
  on(host, 'mouseout', (e) => {
    if ((e as MouseEvent).relatedTarget !== host) leave();
  });
  on(document, 'keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Escape' && card.shownMark()) card.close();
    const onMark = sameMention(markFrom(origin(e)), card.shownMark());
    if (key === 'Tab' && !(e as KeyboardEvent).shiftKey && onMark && card.focusCard()) {
      e.preventDefault();
    }
  });
  on(document, 'pointerdown', (e) => {
    const mark = markFrom(origin(e));
    tapped = undefined;
    if (
      (e as PointerEvent).pointerType === 'touch' &&
      mark &&
      !sameMention(mark, card.shownMark())
    ) {
      card.enter(mark, true);
      tapped = mark;
    } else if (card.shownMark() && !mark && e.target !== host && !card.isPinned()) {
      card.close();
    }
  });
  on(
    document,
    'click',
    (e) => {
      if (tapped && markFrom(origin(e)) === tapped && tapped.closest('a[href]')) e.preventDefault();
      tapped = undefined;
    },
    { capture: true },
  );
  // The document turned editable (designMode): the card and its host leave it.
  on(document, 'animationstart', (e) => {
    if ((e as AnimationEvent).animationName !== EDITABLE_ANIMATION) return;
    if (!isEditableDocument(document)) return;
    card.close();
    card.detach();
  });
}
