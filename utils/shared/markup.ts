/**
 * The markup Dramatis adds to a page. The element name is a custom one so page CSS written for
 * `mark` cannot hide or restyle highlights; the data attributes are a public contract (tests
 * and other tools find highlights by them). A page that defined `dramatis-mark` as its own
 * custom element first gets marks of another name (see {@link useMarkTag}).
 */
export const DEFAULT_MARK_TAG = 'dramatis-mark';
/**
 * The element name of this page's marks: `dramatis-mark` unless the page took that name. Chosen
 * once per page, before any mark is made ({@link useMarkTag}); importers see the choice.
 */
export let MARK_TAG = DEFAULT_MARK_TAG;
/** Host element of the hover card's shadow root (another name if the page took this one). */
export const CARD_TAG = 'dramatis-card';
export const ACTOR_ATTR = 'data-dramatis-actor';
export const CATEGORY_ATTR = 'data-dramatis-category';
/** Same value on every mark of one mention that spans several elements. */
export const MENTION_ATTR = 'data-dramatis-mention';
/** Present while the reader has switched the mark's category off. */
export const HIDDEN_ATTR = 'data-dramatis-hidden';
/** The reader's highlight style (`background` or `underline`), when one is chosen. */
export const STYLE_ATTR = 'data-dramatis-style';
/**
 * How much of its style a mention shows under the reader's highlight density: absent (in full),
 * `light` (a later mention of the actor in the same paragraph) or `plain` (not styled).
 */
export const REPEAT_ATTR = 'data-dramatis-repeat';
/** Selects this page's marks (follows {@link MARK_TAG}). */
export let MARK_SELECTOR = `${MARK_TAG}[${ACTOR_ATTR}]`;

/** Names this page's marks `tag` from now on; called once, before the first mark is made. */
export function useMarkTag(tag: string): void {
  MARK_TAG = tag;
  MARK_SELECTOR = `${MARK_TAG}[${ACTOR_ATTR}]`;
}
