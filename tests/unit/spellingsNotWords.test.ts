import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameText } from '../../utils/shared/dataset/schema';
import { COMMON_WORD_SPELLINGS } from '../../utils/shared/matching/commonWords';
import { deriveSpellings } from '../../utils/shared/matching/deriveSpellings';
import { fold } from '../../utils/shared/matching/fold';
import { bundledDataset } from '../../utils/shared/dataset/bundled';

/** The Hunspell dictionaries of the press languages (dev dependencies, never shipped). */
const DICTIONARIES = ['de', 'en', 'fr', 'es', 'it', 'pl'] as const;

/**
 * The common words of one language: the stems of its Hunspell dictionary that are written in
 * lower case (names and places are capitalised there, and are not what we look for), folded.
 */
function commonWords(lang: string): Set<string> {
  const file = join(process.cwd(), 'node_modules', `dictionary-${lang}`, 'index.dic');
  const lines = readFileSync(file, 'utf8').split('\n');
  const words = new Set<string>();
  for (const line of lines.slice(1)) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (word && word[0] === word[0]?.toLowerCase()) words.add(fold(word));
  }
  return words;
}

const data = bundledDataset();
/** Every generated single-word spelling (a surname alone), with its actor. */
const surnames = data.actors.flatMap((actor) =>
  deriveSpellings(actor)
    .filter((s) => !/\s/.test(s))
    .map((spelling) => ({ actor: actor.id, spelling })),
);

describe('generated spellings are not ordinary words', () => {
  it('generates surnames for the people with Russian or Ukrainian names', () => {
    expect(surnames.length).toBeGreaterThan(50);
  });

  it.each(DICTIONARIES)('none is a common word in the %s dictionary', (lang) => {
    const words = commonWords(lang);
    expect(words.size).toBeGreaterThan(10_000);
    const clashes = surnames.filter(({ spelling }) => words.has(fold(spelling)));
    // A clash goes into utils/shared/matching/commonWords.ts (the generator then skips it).
    expect(clashes).toEqual([]);
  });

  it('every entry of the stop list is a word of some dictionary, and is never generated', () => {
    const all = DICTIONARIES.map(commonWords);
    for (const word of COMMON_WORD_SPELLINGS) expect(all.some((w) => w.has(word))).toBe(true);
    const generated = new Set(surnames.map(({ spelling }) => fold(spelling)));
    for (const word of COMMON_WORD_SPELLINGS) expect(generated.has(word)).toBe(false);
  });

  it('the check would catch one: a listed name that is a word is found', () => {
    const words = commonWords('en');
    const listed = data.actors.flatMap((a) => a.names.map(nameText));
    expect(listed.filter((n) => words.has(fold(n)))).toContain('Trump');
  });
});
