import { describe, expect, it } from 'vitest';
import { largestAllowedDataset } from '../../bench/cast';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import {
  MAX_FIRST_WORD_CHARACTERS,
  MAX_FIRST_WORDS,
  MAX_NAME_LENGTH,
  MAX_NAMES,
  MAX_NAMES_PER_ACTOR,
  MAX_WORD_LENGTH,
} from '../../utils/shared/dataset/limits';
import type { Actor, Dataset } from '../../utils/shared/dataset/schema';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { fold } from '../../utils/shared/matching/fold';
import { english, inEnglish } from '../support/problemTexts';

const bundled = bundledDataset();

/** The bundled data plus `extra` actors. */
const withActors = (...extra: Actor[]): Dataset => ({
  ...structuredClone(bundled),
  actors: [...structuredClone(bundled.actors), ...extra],
});

/** An actor with the given names, in the bundled data's first category. */
const actor = (id: string, names: string[], notNames?: string[]): Actor => ({
  id,
  name: 'Someone',
  names,
  ...(notNames ? { notNames } : {}),
  category: bundled.categories[0]!.id,
  kind: 'person',
  roles: [{ en: 'Envoy', de: 'Gesandter', from: '2025-05-14' }],
  positions: [],
});

/** A made-up word, distinct for each n (letters only: "Bcd…"). */
const word = (n: number, letters = 6): string => {
  let out = '';
  for (let i = 0; i < letters; i++, n = Math.floor(n / 26))
    out += String.fromCharCode(97 + (n % 26));
  return `X${out}`;
};

function problemsOf(input: unknown): string[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused, but it was accepted');
  return english(result.error);
}

describe('the dataset limits', () => {
  const last = bundled.actors.length;

  it('refuses a 3,500- and a 6,000-letter name with a clear message, without throwing', () => {
    for (const letters of [3_500, 6_000]) {
      const name = `V${'a'.repeat(letters - 1)}`;
      const text = JSON.stringify(withActors(actor('long-name', [name])));
      expect(problemsOf(text)).toContain(
        `actors[${last}].names[0]: must be at most ${MAX_NAME_LENGTH} characters long; no real name is longer`,
      );
    }
  });

  it('takes a name of exactly the longest length, and refuses one character more', () => {
    const longest = `${'Abcdefghi '.repeat(12)}`.trim().padEnd(MAX_NAME_LENGTH, 'x');
    expect(longest).toHaveLength(MAX_NAME_LENGTH);
    expect(validateDataset(withActors(actor('longest', [longest]))).ok).toBe(true);
    expect(problemsOf(withActors(actor('longest', [`${longest}y`])))).toEqual([
      `actors[${last}].names[0]: must be at most ${MAX_NAME_LENGTH} characters long; no real name is longer`,
    ]);
  });

  it('refuses a word longer than the longest, in names and in notNames', () => {
    const long = `Ab${'c'.repeat(MAX_WORD_LENGTH - 1)}`;
    const fits = `Ab${'c'.repeat(MAX_WORD_LENGTH - 2)}`;
    expect(validateDataset(withActors(actor('fits', [`Jan ${fits}`]))).ok).toBe(true);
    const message = `must not have a word longer than ${MAX_WORD_LENGTH} characters; no real name has one`;
    expect(problemsOf(withActors(actor('long', [`Jan ${long}`], [`Jan ${long} Jr`])))).toEqual([
      `actors[${last}].names[0]: ${message}`,
      `actors[${last}].notNames[0]: ${message}`,
    ]);
  });

  it('refuses an actor with too many names', () => {
    const names = Array.from({ length: MAX_NAMES_PER_ACTOR }, (_, i) => word(i));
    expect(validateDataset(withActors(actor('many', names))).ok).toBe(true);
    expect(problemsOf(withActors(actor('many', [...names, 'Xtoomany'])))).toContain(
      `actors[${last}].names: must list at most ${MAX_NAMES_PER_ACTOR} names`,
    );
  });

  it('refuses the 400,000-name file of issue 17 by its names and first words, nothing else', () => {
    const actors = Array.from({ length: 4_000 }, (_, i) =>
      actor(
        `a${i}`,
        Array.from({ length: 100 }, (_, j) => word(i * 100 + j, 4)),
      ),
    );
    const text = JSON.stringify(withActors(...actors));
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    expect(problemsOf(text)).toEqual([
      `actors: must list at most ${MAX_NAMES.toLocaleString('en')} names in all; leave out actors the story does not need`,
      `actors: must not have more than ${MAX_FIRST_WORDS.toLocaleString('en')} different first words of names; leave out actors the story does not need`,
    ]);
  });

  it('reports only the dataset-wide limit when a file is over it, not each of its names', () => {
    const actors = Array.from({ length: 201 }, (_, i) =>
      actor(
        `a${i}`,
        Array.from({ length: 100 }, (_, j) => word(i * 100 + j)),
      ),
    );
    actors[0]!.category = 'nowhere';
    expect(problemsOf(withActors(...actors))).toEqual([
      `actors: must list at most ${MAX_NAMES.toLocaleString('en')} names in all; leave out actors the story does not need`,
      `actors: must not have more than ${MAX_FIRST_WORDS.toLocaleString('en')} different first words of names; leave out actors the story does not need`,
    ]);
  });

  it('refuses more different first words than the pattern may hold', () => {
    const actors = Array.from({ length: 101 }, (_, i) =>
      actor(
        `a${i}`,
        Array.from({ length: 100 }, (_, j) => word(i * 100 + j)),
      ),
    );
    expect(problemsOf(withActors(...actors))).toEqual([
      `actors: must not have more than ${MAX_FIRST_WORDS.toLocaleString('en')} different first words of names; leave out actors the story does not need`,
    ]);
  });

  it('refuses first words that together would make the pattern too large to compile quickly', () => {
    const long = (i: number) => `Z${'q'.repeat(MAX_WORD_LENGTH - 8)}${word(i)}`;
    expect(long(0)).toHaveLength(MAX_WORD_LENGTH);
    const count = Math.ceil(MAX_FIRST_WORD_CHARACTERS / MAX_WORD_LENGTH) + 1;
    const actors = Array.from({ length: count }, (_, i) => actor(`a${i}`, [long(i)]));
    expect(problemsOf(withActors(...actors))).toEqual([
      `actors: must not have first words of names longer than ${MAX_FIRST_WORD_CHARACTERS.toLocaleString('en')} characters in all (each different one counted once); leave out actors the story does not need`,
    ]);
    expect(validateDataset(withActors(...actors.slice(0, count - 30))).ok).toBe(true);
  });

  it('takes the benchmark’s largest allowed cast, which sits just under both dataset limits', () => {
    const data = largestAllowedDataset();
    expect(checkDataset(data)).toMatchObject({ ok: true });
    const names = data.actors.flatMap((a) =>
      a.names.map((n) => (typeof n === 'string' ? n : n.text)),
    );
    const firstWords = new Set(names.map((n) => fold(n.split(' ')[0]!)));
    expect(names.length).toBeGreaterThan(MAX_NAMES - 500);
    expect(firstWords.size).toBeGreaterThan(MAX_FIRST_WORDS - 500);
    const characters = [...firstWords].reduce((sum, w) => sum + w.length, 0);
    expect(characters).toBeGreaterThan(MAX_FIRST_WORD_CHARACTERS - 10_000);
  });
});

describe('checking a dataset fails closed', () => {
  it('turns a throw while checking into a problem, never an exception', () => {
    const hostile = withActors();
    Object.defineProperty(hostile, 'schemaVersion', {
      get: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(inEnglish(checkDataset(hostile))).toEqual({
      ok: false,
      error: [
        '(file): Dramatis could not check this data (Maximum call stack size exceeded), so it is not used',
      ],
    });
  });
});
