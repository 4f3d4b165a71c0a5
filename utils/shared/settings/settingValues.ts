import type { Settings } from './settingsTable';

// The reader settings that are a choice, by name; settingsTable.ts lists each one's values.

/**
 * How highlights look: a tinted background (with a thin underline), an underline only, or a
 * subtle light tint without a line.
 */
export type HighlightStyle = Settings['highlightStyle'];

/**
 * How many mentions are styled in full: `calm` (the first of each actor per paragraph; later
 * ones in that paragraph lighter), `first` (only the first on the page; the rest unstyled but
 * still open the card) or `every` mention.
 */
export type HighlightDensity = Settings['highlightDensity'];

/** Where Dramatis runs: everywhere except paused sites, or only on the listed sites. */
export type SiteMode = Settings['siteMode'];

/** The card's language: the browser's, the page's `<html lang>`, or a fixed one. */
export type CardLanguage = Settings['cardLanguage'];
