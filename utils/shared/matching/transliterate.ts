import { de } from './translit/de';
import { en } from './translit/en';
import { es } from './translit/es';
import { fr } from './translit/fr';
import { it } from './translit/it';
import { pl } from './translit/pl';
import { IOTATING, type Renderings, type ScriptRules, type TranslitTable } from './translit/table';

/** Every target language's table, in the order their spellings are listed. */
export const TRANSLIT_TABLES: readonly TranslitTable[] = [en, de, fr, es, it, pl];

/** The source scripts the tables read: Russian and Ukrainian Cyrillic. */
export type SourceLang = 'ru' | 'uk';

/** Most spellings kept for one word: the press never prints more, and names stay cheap to match. */
const MAX_PER_WORD = 12;

const asList = (r: Renderings): readonly string[] => (typeof r === 'string' ? [r] : r);

/**
 * The Latin spellings of one Cyrillic word by one table's rules for one source script, main
 * spelling first, each capitalised as the word is ("Умєров" → "Umjerow" in German). Pieces are
 * read left to right, longest key first; a word's ending is read as a whole where the table
 * has a rule for it. Letters the table does not know (a hyphen, Latin) are kept.
 */
function transliterateWord(word: string, rules: ScriptRules): string[] {
  const lower = word.toLowerCase();
  let spellings = [''];
  for (let at = 0; at < lower.length;) {
    const ending = at > 0 ? rules.endings?.[lower.slice(at)] : undefined;
    const [length, renderings] =
      ending !== undefined ? [lower.length - at, ending] : pieceAt(lower, at, rules);
    spellings = spellings
      .flatMap((s) => asList(renderings).map((r) => s + r))
      .slice(0, MAX_PER_WORD);
    at += length;
  }
  const capital = word[0] !== lower[0];
  return [...new Set(spellings.map((s) => (capital ? capitalise(s) : s)))];
}

/** The longest piece of the word at `at` the table has a key for, and its renderings. */
function pieceAt(lower: string, at: number, rules: ScriptRules): [number, Renderings] {
  const prefix = at === 0 ? '^' : IOTATING.has(lower[at - 1] as string) ? '~' : '';
  for (let length = 3; length > 0; length--) {
    const piece = lower.slice(at, at + length);
    if (piece.length < length) continue;
    const rendering = (prefix ? rules.letters[prefix + piece] : undefined) ?? rules.letters[piece];
    if (rendering !== undefined) return [length, rendering];
  }
  return [1, lower[at] as string];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The spellings of a whole name (words separated by spaces or hyphens kept as printed) in one
 * language from one source script: every combination of the words' spellings, main first.
 */
export function transliterateName(
  name: string,
  table: TranslitTable,
  source: SourceLang,
): string[] {
  const words = name.trim().split(/\s+/);
  let names = [''];
  for (const word of words) {
    const parts = word.split('-').map((part) => transliterateWord(part, table[source]));
    const spellings = parts.reduce<string[]>(
      (acc, list) => acc.flatMap((a) => list.map((s) => (a ? `${a}-${s}` : s))),
      [''],
    );
    names = names
      .flatMap((n) => spellings.map((s) => (n ? `${n} ${s}` : s)))
      .slice(0, MAX_PER_WORD * 4);
  }
  return [...new Set(names)];
}
