import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../utils/shared/dataset/schema';
import { fold } from '../utils/shared/matching/fold';

/** The press languages with a Hunspell dictionary among our dev dependencies (never shipped). */
export const DICTIONARY_LANGS = ['de', 'en', 'fr', 'es', 'it'] as const;

/**
 * The common words of one language: the stems of its Hunspell dictionary written in lower case
 * (names and places are capitalised there and are what keywords are meant to be), folded.
 * Entries that stand only inside compounds (the affix file's ONLYINCOMPOUND flag: German lists
 * "alaska" and "istanbul" so "Alaskalachs" and "Istanbulreise" spell right) are not words.
 */
export function commonWords(lang: string): Set<string> {
  const dir = join(process.cwd(), 'node_modules', `dictionary-${lang}`);
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/m.exec(aff)?.[1];
  const flagType = /^FLAG\s+(\S+)/m.exec(aff)?.[1];
  const words = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const [word = '', flags = ''] = line.trim().split(/\s/)[0]?.split('/') ?? [];
    if (!word || word[0] !== word[0]?.toLowerCase()) continue;
    if (onlyInCompound && flagsOf(flags, flagType).includes(onlyInCompound)) continue;
    words.add(fold(word));
  }
  return words;
}

/** A dictionary entry's flags, read as its affix file's FLAG line says (char, long, num). */
function flagsOf(flags: string, type: string | undefined): string[] {
  if (type === 'long') return flags.match(/../g) ?? [];
  if (type === 'num') return flags.split(',');
  return [...flags];
}

/**
 * Keywords kept although a dictionary lists them as a common word, each with the reason. The
 * rule never decides on one keyword alone, so a common word costs little where the pages that
 * use it in its common sense rarely name a second keyword or a core actor.
 */
export const COMMON_WORD_KEYWORDS: Readonly<Record<string, string>> = {
  Anchorage:
    "English 'anchorage' (a place to anchor) is rare in news and never beside the summit's other keywords or core",
};

/** A keyword that reads as an ordinary word of some language. */
export interface KeywordClash {
  keyword: string;
  /** The dictionary that lists it. */
  lang: string;
  /** The dictionary word: the keyword itself, or for `stem*` the first word it would match. */
  word: string;
}

/**
 * The story's single-word keywords that are common words in a dictionary of de, en, fr, es or
 * it: a keyword without `*` that is one (case and diacritics folded), or a `stem*` that begins
 * one. A keyword that is an ordinary word would turn up on pages about anything; phrases are
 * left alone (their words together are the signal). Reviewed exceptions are not reported.
 */
export function keywordClashes(
  story: Story,
  dictionaries: ReadonlyMap<string, ReadonlySet<string>>,
): KeywordClash[] {
  const clashes: KeywordClash[] = [];
  const listed = [...new Set(Object.values(story.keywords).flat())];
  for (const keyword of listed.filter((k) => !/\s/.test(k.trim()))) {
    if (COMMON_WORD_KEYWORDS[keyword.replace(/\*$/, '')]) continue;
    const stem = fold(keyword.trim().replace(/\*$/, ''));
    for (const [lang, words] of dictionaries) {
      const word = keyword.endsWith('*')
        ? [...words].find((w) => w.startsWith(stem))
        : words.has(stem)
          ? stem
          : undefined;
      if (word !== undefined) clashes.push({ keyword, lang, word });
    }
  }
  return clashes;
}
