/**
 * The markup Dramatis adds to a page. The element name is a custom one so page CSS written for
 * `mark` cannot hide or restyle highlights; the data attributes are a public contract (tests
 * and other tools find highlights by them).
 */
export const MARK_TAG = 'dramatis-mark';
/** Host element of the hover card's shadow root. */
export const CARD_TAG = 'dramatis-card';
export const ACTOR_ATTR = 'data-dramatis-actor';
export const CATEGORY_ATTR = 'data-dramatis-category';
/** Same value on every piece of one mention that spans several elements. */
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
export const MARK_SELECTOR = `${MARK_TAG}[${ACTOR_ATTR}]`;
