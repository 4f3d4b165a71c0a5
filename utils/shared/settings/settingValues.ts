/** The values each reader setting can take; utils/platform/storage.ts keeps them in `sync`. */
/**
 * How highlights look: a tinted background (with a thin underline), an underline only, or a
 * subtle light tint without a line.
 */
export type HighlightStyle = 'background' | 'underline' | 'subtle';

/**
 * How many mentions are styled in full: `calm` (the first of each actor per paragraph; later
 * ones in that paragraph lighter), `first` (only the first on the page; the rest unstyled but
 * still open the card) or `every` mention.
 */
export type HighlightDensity = 'calm' | 'first' | 'every';

/** Where Dramatis runs: everywhere except paused sites, or only on the listed sites. */
export type SiteMode = 'all' | 'listed';

/** The card's language: the browser's, the page's `<html lang>`, or a fixed one. */
export type CardLanguage = 'browser' | 'page' | 'en' | 'de';
