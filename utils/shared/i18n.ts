import type messages from '../../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`: a typo in a key fails the typecheck. */
export type MessageKey = keyof typeof messages;

/**
 * Looks up a UI string by its message key (see `public/_locales/<lang>/messages.json`).
 * Components receive one as a prop so they stay free of `browser.*` calls and testable.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Language of the data texts (roles, summaries) the reader gets: German or English. */
export type DataLang = 'en' | 'de';

/** Picks the data language for a UI locale such as "de-AT" or "en-GB". */
export const dataLangFor = (locale: string): DataLang =>
  locale.toLowerCase().startsWith('de') ? 'de' : 'en';
