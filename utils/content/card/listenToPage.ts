import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIDDEN_ATTR, MARK_SELECTOR } from '../../shared/markup';
import { isOwnMark } from '../../shared/ownMarks';
import { EDITABLE_ANIMATION, isEditableDocument } from '../highlight/watchEditable';
import { sameMention } from './mentions';

/** Where an event really started, even inside a page's open shadow root. */
const origin = (e: Event): EventTarget | null => e.composedPath()[0] ?? e.target;

/** The visible mark of ours an event is on; an element the page dressed up as one is not. */
function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) || target.closest(`[${HIDDEN_ATTR}]`)) return null;
  const mark = target.closest<HTMLElement>(MARK_SELECTOR);
  return mark && isOwnMark(mark) ? mark : null;
}

/**
 * What the page's events do to the card. The card's controller hands this over, so this module
 * reads and changes the card only through it, never through the controller's own state.
 */
export interface CardEvents {
  /** The card's shadow host: pointer moves over it are moves into the card. */
  readonly host: HTMLElement;
  /** The mark the open card belongs to; undefined while no card is open. */
  openMark(): HTMLElement | undefined;
  /** True while the reader has pinned the card: pointer moves and clicks elsewhere keep it. */
  isPinned(): boolean;
  /** True while the card gives focus back to its mark, which must not reopen it. */
  isRestoringFocus(): boolean;
  /** The pointer rests on, or focus or a tap reaches, a mark (`immediate`: without the delay). */
  enter(mark: HTMLElement, immediate?: boolean): void;
  /** The pointer left the mark and the card. */
  leave(): void;
  /** The pointer is over the card: it stays. */
  hold(): void;
  close(): void;
  /** Moves focus into the open card; false when there is none. */
  focusCard(): boolean;
  /** Takes the card's host off the page (the page turned editable). */
  detach(): void;
}

/**
 * Connects the card to the page (only events the browser made count: a page's synthetic
 * `focusin` or `mouseover` opens nothing): pointer rest and keyboard focus on a mark open it; leaving mark
 * and card, Esc, or a click elsewhere close it (a pinned card ignores pointer and clicks); Tab
 * from the mark enters the card. On touch, a tap opens the card and the follow-up click is
 * swallowed only when the mark sits in a link, so a second tap still follows the link. Every
 * listener goes through `ctx`, so it dies with the content script.
 */
export function listenToPage(ctx: ContentScriptContext, card: CardEvents): void {
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
    if (key === 'Escape' && card.openMark()) card.close();
    const onMark = sameMention(markFrom(origin(e)), card.openMark());
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
      !sameMention(mark, card.openMark())
    ) {
      card.enter(mark, true);
      tapped = mark;
    } else if (card.openMark() && !mark && e.target !== host && !card.isPinned()) {
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
