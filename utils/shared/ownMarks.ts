/** Every mark this content script made; what the page makes, however it is named, is not in it. */
const made = new WeakSet<Element>();

/**
 * Records a mark the highlighter has just made. The card, the popup's list and the badge trust
 * only marks recorded here, so a page cannot open a card or fake a count with an element it
 * dressed up as ours.
 */
export function claimMark(mark: Element): void {
  made.add(mark);
}

/** Whether `element` is a mark this content script made. */
export const isOwnMark = (element: Element): boolean => made.has(element);
