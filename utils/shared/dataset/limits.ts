import * as v from 'valibot';
import { fold } from '../matching/fold';
import { schemaMessage } from '../problems/issueProblem';

/**
 * How large a dataset's names may be, in one place. Set from what real stories need, with room
 * to spare, and from the benchmark's 2,000-actor cast (`bench/cast.ts`, ~10,250 names). Limits count the
 * names a file lists; the spellings the background derives from native names come on top
 * (up to about three times as many), so the limits bound those too, by proportion. Past these limits a file is
 * refused with a clear message, before anything is compiled: the matcher's cost grows with the
 * names and their first words, so a hostile or broken file could otherwise stall every page.
 * Characters are counted as UTF-16 code units (what JSON Schema's `maxLength` counts).
 */

/** Longest name, in characters ("Organisation for Security and Co-operation in Europe": 52). */
export const MAX_NAME_LENGTH = 120;
/** Longest word of a name ("Bundesverfassungsgericht": 24). */
export const MAX_WORD_LENGTH = 64;
/** Most names one actor may list in `names` (spellings, declensions), and in `notNames`. */
export const MAX_NAMES_PER_ACTOR = 100;
/** Most names a dataset may list: about 2× the benchmark's 2,000-actor cast. */
export const MAX_NAMES = 20_000;
/** Most different first words (folded) in a dataset: the branches of the matcher's pattern. */
export const MAX_FIRST_WORDS = 10_000;
/**
 * Most characters of those first words together (each counted once): the size of the matcher's
 * pattern, which V8 compiles in every frame at ~1 ms per 1,000 characters. The benchmark's
 * largest cast has ~145,000; 10,000 first words of 64 letters (640,000) cost seconds per frame.
 */
export const MAX_FIRST_WORD_CHARACTERS = 150_000;

const words = (text: string): string[] => text.trim().split(/\s+/);

/** The checks every name (and every `notNames` entry) passes, for `v.pipe(Text, ...)`. */
export const nameLimits = [
  v.maxLength<string, number, string>(
    MAX_NAME_LENGTH,
    schemaMessage('problemNameTooLong', String(MAX_NAME_LENGTH)),
  ),
  v.check<string, string>(
    (text) => words(text).every((word) => word.length <= MAX_WORD_LENGTH),
    schemaMessage('problemWordTooLong', String(MAX_WORD_LENGTH)),
  ),
] as const;
/** The message for an actor with too many names. */
export const tooManyNamesPerActor = schemaMessage(
  'problemTooManyNames',
  String(MAX_NAMES_PER_ACTOR),
);

interface Named {
  names: readonly (string | { text: string })[];
  notNames?: readonly string[];
  /** Schema version 2 (docs/schema-v2.md): names in their own scripts, matched as names too. */
  nativeNames?: Readonly<Record<string, string>>;
}

const nativeNamesOf = (actor: Named): string[] => Object.values(actor.nativeNames ?? {});

/** Every name of a list of actors, as text (`names`, `notNames` and v2's `nativeNames`). */
function* allNames(actors: readonly Named[]): Generator<string> {
  for (const actor of actors) {
    for (const name of actor.names) yield typeof name === 'string' ? name : name.text;
    yield* actor.notNames ?? [];
    yield* nativeNamesOf(actor);
  }
}

/** The dataset-wide checks, for `v.pipe(v.array(Actor), ...castLimits<Actor>())`: total names and first words. */
export const castLimits = <T extends Named>() =>
  [
    v.check<T[], string>(
      (actors) => {
        let count = 0;
        for (const actor of actors) {
          count += actor.names.length + (actor.notNames?.length ?? 0) + nativeNamesOf(actor).length;
        }
        return count <= MAX_NAMES;
      },
      schemaMessage('problemTooManyNamesInAll', MAX_NAMES.toLocaleString('en')),
    ),
    v.check<T[], string>(
      (actors) => firstWords(actors).size <= MAX_FIRST_WORDS,
      schemaMessage('problemTooManyFirstWords', MAX_FIRST_WORDS.toLocaleString('en')),
    ),
    v.check<T[], string>(
      (actors) => {
        let characters = 0;
        for (const word of firstWords(actors)) characters += word.length;
        return characters <= MAX_FIRST_WORD_CHARACTERS;
      },
      schemaMessage('problemFirstWordsTooLong', MAX_FIRST_WORD_CHARACTERS.toLocaleString('en')),
    ),
  ] as const;

/** The different first words (folded) of all names, up to one more than the limit allows. */
function firstWords(actors: readonly Named[]): Set<string> {
  const first = new Set<string>();
  for (const name of allNames(actors)) {
    first.add(fold(words(name)[0] ?? ''));
    if (first.size > MAX_FIRST_WORDS) break;
  }
  return first;
}
