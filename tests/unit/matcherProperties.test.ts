import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  MAX_NAMES_PER_ACTOR,
  MAX_WORD_LENGTH,
} from '../../utils/shared/dataset/limits';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { escapeRegExp, trieSource } from '../../utils/shared/matching/trieSource';

/** Where `source` matches at the start of `text`, as the matcher uses it (sticky). */
const matchAt = (source: string, text: string) => new RegExp(source, 'y').exec(text)?.[0];

describe('the trie pattern', () => {
  it('is written for words far longer than any limit, without recursion', () => {
    const word = 'ab'.repeat(500_000);
    const source = trieSource([word, 'abc', 'ab']);
    expect(source.length).toBe(word.length + '(?:(?:|c))?'.length);
    const long = 'ab'.repeat(10_000);
    expect(matchAt(trieSource([long, 'abc', 'ab']), `${long}x`) === long).toBe(true);
    expect(matchAt(trieSource([long, 'abc', 'ab']), 'abcd')).toBe('abc');
  });

  it('matches exactly what the flat alternation of its words matches, longest first', () => {
    const letters = fc.constantFrom('a', 'b', '.', '(', '\\', 'é', '?');
    const words = fc.uniqueArray(fc.string({ unit: letters, minLength: 1, maxLength: 8 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(words, fc.string({ unit: letters, maxLength: 12 }), (list, text) => {
        const sorted = [...list].sort((a, b) => b.length - a.length);
        const flat = sorted.map(escapeRegExp).join('|');
        expect(matchAt(trieSource(sorted), text)).toBe(matchAt(flat, text));
      }),
      { numRuns: 500 },
    );
  });
});

/** A capitalised word of lower-case ASCII letters, up to the longest word allowed. */
const wordArb = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    minLength: 3,
    maxLength: MAX_WORD_LENGTH,
    size: 'large',
  })
  .map((w) => w[0]!.toUpperCase() + w.slice(1));
const nameArb = fc
  .array(wordArb, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' ').slice(0, MAX_NAME_LENGTH).trim())
  .filter((name) => name.split(' ').every((w) => w.length >= 3));

const bundled = bundledDataset();
/** A generated cast member as a dataset's actor. */
const asActor = ({ id, names }: { id: string; names: string[] }) => ({
  ...bundled.actors[0]!,
  id,
  names,
  nativeNames: undefined,
  nativeLang: undefined,
  notNames: undefined,
  positions: [],
});

describe('a random cast within the limits', () => {
  it('passes the checks, compiles and scans, finding each of its names where it is printed alone', () => {
    const castArb = fc.uniqueArray(nameArb, {
      minLength: 1,
      maxLength: 300,
      size: 'large',
      selector: (name) => name.toLowerCase(),
    });
    fc.assert(
      fc.property(castArb, fc.integer({ min: 1, max: MAX_NAMES_PER_ACTOR }), (names, perActor) => {
        const actors = [];
        for (let i = 0; i < names.length; i += perActor) {
          actors.push({ id: `a${i}`, names: names.slice(i, i + perActor) });
        }
        // A dataset the checks accept: within every limit, names unique and long enough.
        expect(
          checkDataset({
            ...bundled,
            story: { ...bundled.story, core: [] },
            delegations: [],
            actors: actors.map(asActor),
          }),
        ).toMatchObject({ ok: true });
        const cast = compileCast(actors);
        const owner = new Map(actors.flatMap((a) => a.names.map((n) => [n, a.id] as const)));
        let text = '';
        const placed: { start: number; end: number; actorId: string }[] = [];
        for (const name of names) {
          placed.push({
            start: text.length,
            end: text.length + name.length,
            actorId: owner.get(name)!,
          });
          text += `${name}. `;
        }
        expect(findMentions(cast, text)).toEqual(placed);
      }),
      { numRuns: 200 },
    );
  });
});
