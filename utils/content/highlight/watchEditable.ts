import { isOwnMark } from '../../shared/ownMarks';

/** The animation `marks.css` runs on a mark that has become editable (`:read-write`). */
export const EDITABLE_ANIMATION = 'dramatis-editable';

/**
 * Whether an element may be edited by the reader: `contenteditable` inside or around it, or the
 * older `-webkit-user-modify: read-write` (inherited), which Chromium computes but reports
 * neither in `isContentEditable` nor in `:read-write`. Reads computed style: ask it of a root,
 * not of every node of a walk.
 */
export function isEditableElement(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable) return true;
  const view = element.ownerDocument.defaultView;
  const modify = view?.getComputedStyle(element).getPropertyValue('-webkit-user-modify') ?? '';
  return modify.startsWith('read-write');
}

/** Whether the reader may be editing the whole document: `designMode`, or an editable body. */
export function isEditableDocument(doc: Document): boolean {
  return doc.designMode === 'on' || (!!doc.body && isEditableElement(doc.body));
}

/** The outermost editable element around `element` (the whole body in an editable document). */
function editingHost(element: Element): Element {
  const doc = element.ownerDocument;
  if (isEditableDocument(doc) && doc.body) return doc.body;
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/**
 * Calls `onEditable` with the region whenever one of our marks becomes editable without a
 * mutation to tell: `document.designMode = 'on'` or a style that makes an ancestor editable.
 * `marks.css` starts a 1 ms animation on any mark matching `:read-write`, and the browser's own
 * `animationstart` is the signal (a forged event is ignored; so is one on an element we did not
 * make). Listening ends with `signal`.
 */
export function watchEditable(
  doc: Document,
  signal: AbortSignal,
  onEditable: (region: Element) => void,
): void {
  const heard = (event: Event) => {
    const { target, isTrusted } = event;
    if (!isTrusted || (event as AnimationEvent).animationName !== EDITABLE_ANIMATION) return;
    if (target instanceof Element && isOwnMark(target)) onEditable(editingHost(target));
  };
  doc.addEventListener('animationstart', heard, { capture: true, signal });
}
