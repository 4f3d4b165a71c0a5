/**
 * Generated spellings that are also ordinary words in a press language, folded. The generator
 * never derives them; a data author who wants one lists it with a case rule ("Poutine" is the
 * Québécois dish; the data lists it `match: "capitalized"`). Kept by
 * `tests/unit/spellingsNotWords.test.ts`, which checks every generated spelling against the
 * Hunspell dictionaries of de, en, fr, es, it and pl and names any new clash.
 */
export const COMMON_WORD_SPELLINGS: ReadonlySet<string> = new Set([
  'poutine', // fr: the dish
  'medynski', // pl: medyński, an adjective
  'pokład', // pl: a ship's deck (Oleksandr Poklad, in the data of issue 13)
]);
