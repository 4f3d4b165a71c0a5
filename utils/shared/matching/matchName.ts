import type { NameEntry } from './compile';
import type { WordForms } from './inflections';
import { isApostrophe } from './apostrophes';
import { isCyrillic, isLower, isSpace, isUpper, isWordChar } from './nameRules';

/**
 * Whether a name may start at `at`: after a non-letter, an elision ("l'OTAN", "d'Erdogan"), or
 * glued to a lower-case word by a scraper ("abgelehntVolodymyr"). An apostrophe inside a
 * Cyrillic word ("п'ять") is part of that word, never an elision.
 */
export function startsWord(text: string, at: number): boolean {
  const before = text[at - 1];
  if (isWordChar(before)) return isLower(before) && isUpper(text[at]);
  return !(isApostrophe(before) && isCyrillic(text[at - 2]));
}

/**
 * Where the printed name `entry` starting at `start` ends, or undefined if it is not there.
 * Every word must appear in one of its forms (see `wordForms`), the words separated by
 * whitespace, in the case the entry's rule asks for. The last word must end the word it is in,
 * or be glued to the next one by a scraper: at a lower→upper case change ("demKremlDer"), or,
 * for a full name of two or more words, before a lower-case letter ("Vladimir Putinhat"). A
 * single word inside a longer one ("Trumpet", "Merzig", "Xi'an") is never a name.
 */
export function matchName(
  text: string,
  folded: string,
  start: number,
  entry: NameEntry,
): number | undefined {
  let at = start;
  const last = entry.words.length - 1;
  for (let i = 0; i < last; i++) {
    const word = entry.words[i] as WordForms;
    if (!wordStarts(text, folded, at, word, entry)) return undefined;
    const next = nextWord(text, folded, at + word.stem.length, word);
    if (next === undefined) return undefined;
    at = next;
  }
  const word = entry.words[last] as WordForms;
  if (!wordStarts(text, folded, at, word, entry)) return undefined;
  return lastWordEnd(text, folded, at + word.stem.length, word, entry);
}

function wordStarts(text: string, folded: string, at: number, word: WordForms, entry: NameEntry) {
  if (!folded.startsWith(word.stem, at)) return false;
  if (entry.caseRule === 'exact') return text.startsWith(word.printedStem, at);
  if (entry.caseRule === 'capitalized') return !isUpper(word.printed[0]) || isUpper(text[at]);
  return true;
}

/** After an inner word's stem: one of its endings, then whitespace; where the next word starts. */
function nextWord(text: string, folded: string, at: number, word: WordForms): number | undefined {
  for (const ending of word.endings) {
    let next = at + ending.length;
    if (!folded.startsWith(ending, at) || !isSpace(text[next])) continue;
    while (isSpace(text[next])) next++;
    return next;
  }
  return undefined;
}

function lastWordEnd(
  text: string,
  folded: string,
  at: number,
  word: WordForms,
  entry: NameEntry,
): number | undefined {
  for (const ending of word.endings) {
    const end = at + ending.length;
    if (folded.startsWith(ending, at) && endsWord(text, folded, end)) return end;
  }
  if (!folded.startsWith(word.base, at)) return undefined;
  const end = at + word.base.length;
  const gluedByCase = isLower(text[end - 1]) && isUpper(text[end]);
  const gluedFullName = entry.words.length > 1 && entry.caseRule !== 'exact' && isLower(text[end]);
  return gluedByCase || gluedFullName ? end : undefined;
}

/** A word ends at a non-letter, unless that is an apostrophe inside a word ("Xi'an"). */
function endsWord(text: string, folded: string, end: number): boolean {
  return !isWordChar(text[end]) && !(folded[end] === "'" && isWordChar(text[end + 1]));
}
