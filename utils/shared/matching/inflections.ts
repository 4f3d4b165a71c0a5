import { fold } from './fold';
import { isCyrillic, type CaseRule } from './nameRules';

/** The ways one word of a name may be printed: a stem shared by every form, and its endings. */
export interface WordForms {
  /** The word as the data spells it. */
  printed: string;
  /** The printed stem (the word without the ending the rules replace), for case checks. */
  printedStem: string;
  /** The folded stem. */
  stem: string;
  /** Folded endings that may follow the stem, longest first; '' when the bare stem is a form. */
  endings: readonly string[];
  /** The folded ending of the data's own spelling: glued words are recognised after it. */
  base: string;
}

/**
 * Russian and Ukrainian declension, by the shape of a word's end (lower case, before folding):
 * [pattern, letters the endings replace, endings]. First match wins. Endings are the case
 * forms of both languages, so "Путин" also takes "Путина", "Путину", "Путиным", "Путіні",
 * "Путінові". An ending only counts when the word ends right after it, so "Путинизм" and
 * "путинский" are never Putin. Words under 3 letters ("Си", "да") never decline.
 */
const CYRILLIC_DECLENSION: readonly (readonly [RegExp, number, readonly string[]])[] = [
  // adjectival surnames and adjectives: Мединский, Зеленський, Европейский, Північноатлантичний
  [/(?:ск|цк|ськ|цьк|чн|льн)ий$|ый$/, 2, ['ий', 'ый', 'ого', 'ому', 'им', 'ым', 'ім', 'ом']],
  // neuter adjectives: Главное (управление); Ukrainian Головне (управління)
  [/ое$/, 2, ['ое', 'ого', 'ому', 'ым', 'ом']],
  [/(?:ловн|чн|льн|ськ|цьк)е$/, 1, ['е', 'ого', 'ому', 'им', 'ім']],
  // neuter nouns in -ие: управление
  [/ие$/, 1, ['е', 'я', 'ю', 'ем', 'и']],
  // nouns in -й: Юрий, Сергей, Андрій, Дмитрий
  [/й$/, 1, ['й', 'я', 'ю', 'ем', 'єм', 'е', 'и', 'і', 'ї', 'єві', 'еві']],
  // soft nouns: Кремль, Игорь, Эммануэль
  [/ь$/, 1, ['ь', 'я', 'ю', 'ем', 'е', 'і', 'еві']],
  // nouns in -га/-ка/-ха: Ukrainian г/к/х → з/ц/с before -і (Сибіга → Сибізі)
  [/га$/, 2, ['га', 'ги', 'гі', 'ге', 'гу', 'гой', 'гою', 'зі']],
  [/ка$/, 2, ['ка', 'ки', 'кі', 'ке', 'ку', 'кой', 'кою', 'ці']],
  [/ха$/, 2, ['ха', 'хи', 'хі', 'хе', 'ху', 'хой', 'хою', 'сі']],
  // other nouns in -а: Лула, Силва (Лулы, Лулой, Сілві)
  [/а$/, 1, ['а', 'ы', 'и', 'і', 'е', 'у', 'ой', 'ою']],
  // nouns in -я: Организация, Організація
  [/я$/, 1, ['я', 'и', 'і', 'ї', 'е', 'ю', 'ей', 'ею', 'єю']],
  // Ukrainian masculine names in consonant + о: Дмитро (Дмитра, Дмитром)
  [/[^аеёиоуыэюяєії]о$/, 1, ['о', 'а', 'у', 'ові', 'ом', 'е']],
  // other vowels do not decline: Рубио, Линдси, Инасиу
  [/[аеёиоуыэюяєії]$/, 0, ['']],
  // consonants: Путин, Эрдоган, Умєров, Мерц, Трамп
  [/./, 0, ['', 'а', 'у', 'ом', 'ем', 'ым', 'им', 'е', 'і', 'ові']],
];

/** German weak adjectives in a name take -n: "der Europäischen Union". */
const GERMAN_ADJECTIVE = /ische$/;

/** Latin-script endings on a name's last word: German genitive and English possessive. */
const LATIN_LAST = ["'s", 's', ''];
/** After a sibilant the genitive is an apostrophe alone ("Merz'"); never "Merzs". */
const LATIN_SIBILANT = ["'s", "'", ''];
/** Acronyms take the English possessive only ("NATO's"); German uses none ("der NATO"). */
const LATIN_ACRONYM = ["'s", ''];

/**
 * The forms of one word of a name, by script, position and case rule: declined by the Russian
 * and Ukrainian rules above when Cyrillic (every word, "Владимира Путина"); with a possessive or
 * genitive on the last word when Latin ("Wladimir Putins", "Putin's"). Names matched exactly
 * (acronyms, "Xi") never decline in Cyrillic ("НАТО", "ГРУ").
 */
export function wordForms(word: string, last: boolean, rule: CaseRule): WordForms {
  const [strip, endings] = endingsOf(word, last, rule);
  const printedStem = word.slice(0, word.length - strip);
  const folded = [...new Set(endings.map(fold))].sort((a, b) => b.length - a.length);
  return {
    printed: word,
    printedStem,
    stem: fold(printedStem),
    endings: folded,
    base: fold(word.slice(word.length - strip)),
  };
}

function endingsOf(word: string, last: boolean, rule: CaseRule): [number, readonly string[]] {
  const lower = word.toLowerCase();
  const letter = lower.at(-1);
  if (isCyrillic(letter)) {
    if (rule === 'exact' || [...lower].length < 3) return [0, ['']];
    const [, strip, endings] = CYRILLIC_DECLENSION.find(([shape]) => shape.test(lower)) ?? [];
    return [strip ?? 0, endings ?? ['']];
  }
  if (!/\p{Script=Latin}/u.test(letter ?? '')) return [0, ['']];
  if (!last) return [0, GERMAN_ADJECTIVE.test(lower) ? ['n', ''] : ['']];
  if (rule === 'exact' && word === word.toUpperCase()) return [0, LATIN_ACRONYM];
  return [0, /[sxzß]$/.test(lower) ? LATIN_SIBILANT : LATIN_LAST];
}
