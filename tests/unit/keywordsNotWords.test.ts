import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/shared/matching/fold';
import {
  COMMON_WORD_KEYWORDS,
  DICTIONARY_LANGS,
  commonWords,
  keywordClashes,
} from '../../scripts/keywordWords';
import { bundledStories } from '../support/storyMetas';

const dictionaries = new Map(DICTIONARY_LANGS.map((lang) => [lang, commonWords(lang)]));
const { stories } = bundledStories();

describe("the bundled stories' keywords are not ordinary words", () => {
  it('reads the five dictionaries', () => {
    for (const words of dictionaries.values()) expect(words.size).toBeGreaterThan(10_000);
  });

  it.each(stories.map((s) => [s.id, s] as const))(
    '%s: no single-word keyword is a common word, nor does a stem* begin one',
    (_id, story) => {
      // A clash is dropped, made a phrase, or explained in scripts/keywordWords.ts.
      expect(keywordClashes(story, dictionaries)).toEqual([]);
    },
  );

  it('the check catches one: an ordinary word, a stem* beginning one, in any language', () => {
    const story = { ...stories[0]!, keywords: { en: ['summit', 'Gipfeltreffen', 'negozi*'] } };
    expect(keywordClashes(story, dictionaries)).toEqual(
      expect.arrayContaining([
        { keyword: 'summit', lang: 'en', word: 'summit' },
        expect.objectContaining({ keyword: 'negozi*', lang: 'it' }),
      ]),
    );
    expect(keywordClashes(story, dictionaries).map((c) => c.keyword)).not.toContain(
      'Gipfeltreffen',
    );
  });

  it('compound-only dictionary entries are not words ("alaska" in the German one)', () => {
    expect(dictionaries.get('de')?.has('alaska')).toBe(false);
    expect(dictionaries.get('en')?.has('anchorage')).toBe(true);
  });

  it('every reviewed exception is a keyword of a bundled story and a dictionary word', () => {
    const keywords = new Set(stories.flatMap((s) => Object.values(s.keywords).flat()));
    for (const keyword of Object.keys(COMMON_WORD_KEYWORDS)) {
      expect(keywords.has(keyword) || keywords.has(`${keyword}*`)).toBe(true);
      const isWord = [...dictionaries.values()].some((w) => w.has(fold(keyword)));
      expect({ keyword, isWord }).toEqual({ keyword, isWord: true });
    }
  });
});
