import { APOSTROPHES } from '../apostrophes';

/** One Latin rendering of a Cyrillic piece, or several a press uses side by side (first = main). */
export type Renderings = string | readonly string[];

/**
 * How one target language writes the letters of one source script. Keys are lower-case
 * Cyrillic: a letter or a group of letters (the longest group wins, so `кс` before `к`), with a
 * prefix for where it stands: `^` at the start of a word, `~` after a vowel or a soft or hard
 * sign (where `е`, `я`, `ю` are iotated). A key without a prefix holds everywhere else.
 */
export interface ScriptRules {
  /** Endings of a whole word (tried first, only after the word's first letter): `ий`, `ин`. */
  endings?: Readonly<Record<string, Renderings>>;
  /** Letters and letter groups. A letter missing here is kept as it is. */
  letters: Readonly<Record<string, Renderings>>;
}

/** One target language: the convention it follows, and its rules for Russian and Ukrainian. */
export interface TranslitTable {
  lang: 'de' | 'en' | 'fr' | 'es' | 'it' | 'pl';
  /** The convention the table follows, and where it is described. */
  convention: string;
  ru: ScriptRules;
  uk: ScriptRules;
}

/**
 * Cyrillic vowels and the signs after which `е`, `я`, `ю`, `є` are iotated: the soft and hard
 * signs and every apostrophe (Ukrainian writes one where Russian writes the hard sign).
 */
export const IOTATING: ReadonlySet<string> = new Set([...'аеёиоуыэюяєіїьъ', ...APOSTROPHES]);
