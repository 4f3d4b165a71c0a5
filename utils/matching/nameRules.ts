const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Whether a character continues a word (letters, combining marks and digits in any script). */
export const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char);
export const isUpper = (char: string | undefined): boolean =>
  char !== undefined && UPPER.test(char);
export const isLower = (char: string | undefined): boolean =>
  char !== undefined && LOWER.test(char);

/**
 * An acronym (NATO, EU, GRU, НАТО) is matched case-sensitively and only as a whole word:
 * "Gru" or "eu" in running text are not the organisations.
 */
export const isAcronym = (name: string): boolean =>
  name.length <= 6 && !/\s/.test(name) && name === name.toUpperCase() && /\p{Lu}/u.test(name);

/**
 * Endings that inflect a name without making it another word, by script of the name's last
 * letter: German genitive and English possessive in Latin script ("Putins", "Putin's", and after a
 * sibilant "Merz'");
 * Russian and Ukrainian case endings in Cyrillic ("Путина", "Зеленського", "Эрдоганом").
 * Longest first, so the longest inflection wins. The empty ending is always allowed.
 */
export const INFLECTIONS = {
  latin: ["'s", 's'],
  latinSibilant: ["'s", "'"],
  cyrillic: [
    'ого',
    'ому',
    'ими',
    'ами',
    'ям',
    'ом',
    'ем',
    'ым',
    'им',
    'ой',
    'ою',
    'ей',
    'єю',
    'ів',
    'ах',
    'а',
    'я',
    'у',
    'ю',
    'е',
    'є',
    'і',
    'ы',
    'и',
  ],
} as const;

/** The inflections allowed after a name, chosen by the script of its last letter. */
export function inflectionsFor(name: string): readonly string[] {
  if (/\p{Script=Cyrillic}$/u.test(name)) return INFLECTIONS.cyrillic;
  if (/[sxzß]$/i.test(name)) return INFLECTIONS.latinSibilant;
  if (/\p{Script=Latin}$/u.test(name)) return INFLECTIONS.latin;
  return [];
}
