import { fold } from '../matching/fold';
import { isWordChar } from '../matching/nameRules';
import { trieSource } from '../matching/trieSource';
import type { StoryMeta } from './cast';

/** Finds the stories' keywords in a text. */
export interface KeywordMatcher {
  /** Story id → the distinct keywords found, as the data lists them ("Стамбул*"). */
  find(text: string): Map<string, Set<string>>;
}

/** One listed keyword of one story, folded for matching. */
interface Keyword {
  storyId: string;
  /** As the data lists it, `*` included: what a verdict reports. */
  listed: string;
  /** Folded, without `*`, spaces normalised: what the text must contain. */
  stem: string;
  /** A trailing `*`: any word ending may follow ("Стамбул*" → "Стамбуле"). */
  anyEnding: boolean;
}

/**
 * Compiles the keywords of every story, in every language, into one RegExp (a trie of the folded
 * stems, `g` flag only), so a page is scanned once however many stories and languages: a German
 * article may print "Çırağan", a Russian one "Istanbul". Matching is case- and
 * diacritic-folded (`fold`) at word edges: a keyword starts after a non-letter and, without a
 * trailing `*`, ends before one ("Alaska" in "Alaskas" does not count; "Alaska*" does). A
 * keyword listed in several languages with the same folded spelling counts once per story.
 * Only a trailing `*` is special: list each inflected form of a phrase's inner words.
 */
export function compileKeywords(stories: readonly StoryMeta[]): KeywordMatcher {
  const byStem = new Map<string, Keyword[]>();
  for (const story of stories) {
    for (const keyword of keywordsOf(story)) {
      byStem.set(keyword.stem, [...(byStem.get(keyword.stem) ?? []), keyword]);
    }
  }
  const pattern = new RegExp(trieSource([...byStem.keys()]), 'g');
  return { find: (text) => scan(pattern, byStem, text) };
}

/**
 * A story's keywords, one per folded stem: "Istanbul" (en) and "İstanbul" (de) are one keyword,
 * and where one language lists the stem with `*` and another without, the `*` one stands for
 * both, so "Istanbul" and "Istanbuler" never count as two keywords.
 */
function keywordsOf(story: StoryMeta): Keyword[] {
  const byStem = new Map<string, Keyword>();
  for (const listed of Object.values(story.keywords).flat()) {
    const keyword = toKeyword(story.id, listed);
    const known = byStem.get(keyword.stem);
    if (keyword.stem && (!known || (keyword.anyEnding && !known.anyEnding))) {
      byStem.set(keyword.stem, keyword);
    }
  }
  return [...byStem.values()];
}

function toKeyword(storyId: string, listed: string): Keyword {
  const trimmed = listed.trim();
  const anyEnding = trimmed.endsWith('*');
  const text = anyEnding ? trimmed.slice(0, -1) : trimmed;
  return { storyId, listed: trimmed, stem: fold(text.trim().replace(/\s+/g, ' ')), anyEnding };
}

function scan(
  pattern: RegExp,
  byStem: ReadonlyMap<string, readonly Keyword[]>,
  text: string,
): Map<string, Set<string>> {
  // Offsets are not needed, so whitespace runs may shrink: "prisoner\u00a0 exchange" matches.
  const folded = fold(text).replace(/\s+/g, ' ');
  const found = new Map<string, Set<string>>();
  const regex = new RegExp(pattern); // own lastIndex: a scan never shares state
  let match: RegExpExecArray | null;
  while ((match = regex.exec(folded)) !== null) {
    const at = match.index;
    const end = isWordChar(folded[at - 1]) ? 0 : acceptAt(byStem, folded, at, match[0], found);
    regex.lastIndex = end > at ? end : at + 1;
  }
  return found;
}

/**
 * Records the keywords that start at `at` (`longest` is the longest stem found there; the
 * others are its prefixes), the longest per story that ends where it must. Returns where the
 * longest accepted keyword ends, or 0.
 */
function acceptAt(
  byStem: ReadonlyMap<string, readonly Keyword[]>,
  folded: string,
  at: number,
  longest: string,
  found: Map<string, Set<string>>,
): number {
  const done = new Set<string>();
  let end = 0;
  for (let length = longest.length; length > 0; length--) {
    const keywords = byStem.get(longest.slice(0, length));
    if (!keywords) continue;
    const edge = !isWordChar(folded[at + length]);
    for (const keyword of keywords) {
      if (done.has(keyword.storyId) || !(edge || keyword.anyEnding)) continue;
      done.add(keyword.storyId);
      end = Math.max(end, at + length);
      const set = found.get(keyword.storyId) ?? new Set<string>();
      found.set(keyword.storyId, set.add(keyword.listed));
    }
  }
  return end;
}
