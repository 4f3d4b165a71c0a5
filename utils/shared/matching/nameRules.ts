const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SPACE = /\s/;

/** Whether a character continues a word (letters, combining marks and digits in any script). */
export const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char);
/** Whether a character is an upper-case letter, in any script (case changes mark glued words). */
export const isUpper = (char: string | undefined): boolean =>
  char !== undefined && UPPER.test(char);
/** Whether a character is a lower-case letter, in any script. */
export const isLower = (char: string | undefined): boolean =>
  char !== undefined && LOWER.test(char);
/** Whether a character is Cyrillic (where an apostrophe is part of a word, never an elision). */
export const isCyrillic = (char: string | undefined): boolean =>
  char !== undefined && CYRILLIC.test(char);
/** Whitespace between the words of a name: spaces, no-break spaces, line breaks. */
export const isSpace = (char: string | undefined): boolean =>
  char !== undefined && SPACE.test(char);

/**
 * An acronym (NATO, EU, GRU, НАТО) is matched case-sensitively and only as a whole word:
 * "Gru" or "eu" in running text are not the organisations.
 */
const isAcronym = (name: string): boolean =>
  name.length <= 6 && !/\s/.test(name) && name === name.toUpperCase() && /\p{Lu}/u.test(name);

/**
 * How the printed case of a name must agree with the data's spelling:
 * - `any`: case is folded ("PUTIN", "putin" and "Putin" are all Putin);
 * - `capitalized`: every word the data capitalises is printed with a capital, so "Tusk" is the
 *   prime minister and an elephant's "tusk" is not;
 * - `exact`: printed as spelled, for acronyms ("NATO", never "Nato" by accident) and short names
 *   that collide with other words ("Xi", never the numeral "XI").
 */
export type CaseRule = 'any' | 'capitalized' | 'exact';

/** The case rule of a name: acronyms are always exact, others as the data asks (default any). */
export function caseRuleOf(name: string, match: 'capitalized' | 'exact' | undefined): CaseRule {
  if (match === 'exact' || isAcronym(name)) return 'exact';
  return match ?? 'any';
}

/** Shortest name, in characters, matched safely: 2 for names matched exactly, 3 for the rest. */
export const minimumLength = (rule: CaseRule): number => (rule === 'exact' ? 2 : 3);
