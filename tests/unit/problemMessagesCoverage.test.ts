import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { checkDataset, uncheckableProblem } from '../../utils/shared/dataset/checkDataset';
import { decodeDataset, MAX_DATASET_BYTES } from '../../utils/shared/dataset/decode';
import { formatProblem } from '../../utils/shared/problems/formatProblem';
import { problemAt, type Problem } from '../../utils/shared/problems/Problem';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { storyInForce } from '../../utils/shared/story/storyInForce';
import { roundsDataset } from '../fixtures/roundsDataset';
import { t, tDe } from '../support/translate';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The rounds fixture, broken by `change` (a copy: the fixture stays valid). */
function broken(change: (data: Raw) => void): Problem[] {
  const data = structuredClone(roundsDataset) as Raw;
  change(data);
  const result = checkDataset(data);
  return result.ok ? [] : result.error;
}

/** `count` one-word names of at least `length` letters (letters only), numbered from `from`. */
const words = (from: number, count: number, length: number): string[] =>
  Array.from({ length: count }, (_, i) =>
    (from + i)
      .toString(26)
      .replace(/\d/g, (d) => 'qrstuvwxyz'[+d]!)
      .padStart(length, 'x'),
  );

/** A cast of `actors` actors with 100 distinct one-word names each, for the dataset-wide limits. */
function bigCast(data: Raw, actors: number, length: number): void {
  const base = data.actors[2];
  data.actors = Array.from({ length: actors }, (_, i) => ({
    ...base,
    id: `actor-${i}`,
    names: words(i * 100, 100, length),
  }));
  data.delegations = [];
  data.story.core = [];
}

/** One broken dataset per check of the schema, the limits and the integrity checks. */
const BROKEN: [string, (data: Raw) => void][] = [
  ['no roles', (d) => (d.actors[0].roles = [])],
  ['a name too long', (d) => d.actors[0].names.push('Ab '.repeat(50).trim())],
  ['a word too long', (d) => d.actors[0].names.push('X'.repeat(70))],
  ['too many names', (d) => (d.actors[0].names = words(0, 101, 6))],
  ['too many notNames', (d) => (d.actors[0].notNames = words(0, 101, 6))],
  ['too many names in all', (d) => bigCast(d, 201, 4)],
  ['too long first words in all', (d) => bigCast(d, 95, 20)],
  ['a keyword too long', (d) => d.story.keywords.en.push('k'.repeat(61))],
  ['too many keywords', (d) => (d.story.keywords.de = words(0, 201, 5))],
  ['a keyword list in a regional language', (d) => (d.story.keywords['pt-BR'] = [''])],
  ['an unknown round', (d) => (d.delegations[0].round = 'nowhere')],
  ['a position in an unknown round', (d) => (d.actors[0].positions[0].round = 'nowhere')],
  ['overlapping roles', (d) => (d.actors[0].roles[1].from = '2025-07-01')],
  ['another story', (d) => (d.rounds[0].story = 'other-story')],
  ['an unknown core actor', (d) => d.story.core.push('nobody')],
  ['a source URL that is not one', (d) => (d.rounds[0].source.url = 'not a url')],
  ['a quote in no language', (d) => (d.actors[0].positions[0].quote.lang = 'Ukrainian')],
  ['an id that is no slug', (d) => (d.actors[0].id = 'Rustem Umerov')],
  ['a delegation of nobody', (d) => (d.delegations[0].members = [])],
  ['an actor without names', (d) => (d.actors[0].names = [])],
  [
    'a name needing a full name that is not there',
    (d) => (d.actors[2].names = ['Fomin', { text: 'Alexander', context: 'full-name' }]),
  ],
  ['a notName that blocks nothing', (d) => (d.actors[2].notNames = ['Someone Else'])],
  ['a fractional schema version', (d) => (d.schemaVersion = 2.5)],
  ['schema version 0', (d) => (d.schemaVersion = 0)],
];

const dir = new URL('../fixtures/bad-data/', import.meta.url);
const fromFixtures = readdirSync(dir).flatMap((file) => {
  const result = validateDataset(new Uint8Array(readFileSync(new URL(file, dir))));
  return result.ok ? [] : result.error;
});
const fromBroken = BROKEN.map(([what, change]) => [what, broken(change)] as const);
const fromStorage = [
  ...(storyInForce('not-a-story', undefined).storedProblems ?? []),
  ...(storyInForce('not-a-story', { dataset: roundsDataset }).storedProblems ?? []),
];
/** Data over the cap, its size known (a file) and not (a download cut off at the cap). */
const tooLarge = [MAX_DATASET_BYTES + 1024 * 1024, MAX_DATASET_BYTES + 1].flatMap((bytes) => {
  const result = decodeDataset(new Uint8Array(bytes));
  return result.ok ? [] : result.error;
});
const problems = [
  ...fromFixtures,
  ...tooLarge,
  ...fromBroken.flatMap(([, found]) => found),
  ...fromStorage,
  uncheckableProblem(new Error('Maximum call stack size exceeded')),
];

describe('every validator message has a translation', () => {
  it.each(fromBroken)('%s is refused', (_what, found) => {
    expect(found.length).toBeGreaterThan(0);
  });

  it('knows every problem the broken data produce', () => {
    const unknown = problems.filter(({ message }) => 'text' in message);
    expect(unknown).toEqual([]);
  });

  it('exercises every problem message of the table', () => {
    const used = new Set(problems.map(({ message }) => ('key' in message ? message.key : '')));
    const keys = Object.keys(en).filter((key) => /^problem[A-Z]/.test(key));
    expect(keys.filter((key) => !used.has(key as never))).toEqual([]);
  });

  it('says every message in English and, differently, in German', () => {
    for (const problem of problems) {
      const english = formatProblem(problem, t);
      expect(formatProblem(problem, tDe), english).not.toBe(english);
    }
  });

  it('says the new messages in German', () => {
    const en = (problem: Problem) => formatProblem(problem, t);
    const de = (problem: Problem) => formatProblem(problem, tDe);
    const cases: [Problem, string, string][] = [
      [
        problemAt('actors[0].roles[1]', 'problemRoleOverlap', 'roles[0]'),
        'actors[0].roles[1]: its period overlaps roles[0] of the same actor',
        'actors[0].roles[1]: der Zeitraum überschneidet sich mit roles[0] desselben Akteurs',
      ],
      [
        problemAt('delegations[0].round', 'problemUnknownRound', 'nowhere'),
        'delegations[0].round: no round has the id "nowhere"',
        'delegations[0].round: keine Runde hat die Kennung „nowhere“',
      ],
      [
        problemAt('story.keywords.en[3]', 'problemKeywordTooLong', '60'),
        'story.keywords.en[3]: must be at most 60 characters long',
        'story.keywords.en[3]: darf höchstens 60 Zeichen lang sein',
      ],
      [
        problemAt('actors', 'problemTooManyNamesInAll', '20,000'),
        'actors: must list at most 20,000 names in all; leave out actors the story does not need',
        'actors: darf insgesamt höchstens 20,000 Namen nennen; lassen Sie Akteure weg, die die Geschichte nicht braucht',
      ],
      [
        uncheckableProblem(new Error('boom')),
        '(file): Dramatis could not check this data (boom), so it is not used',
        '(file): Dramatis konnte diese Daten nicht prüfen (boom), daher werden sie nicht verwendet',
      ],
    ];
    for (const [problem, english, german] of cases) {
      expect(en(problem)).toBe(english);
      expect(de(problem)).toBe(german);
    }
    // The validator says them so: the broken data above produce each of these English texts.
    const found = new Set(problems.map(en));
    expect(found).toContain(
      'actors: must list at most 20,000 names in all; leave out actors the story does not need',
    );
    expect(
      [...found].some((text) =>
        /^actors\[0\]\.roles\[1\]: its period overlaps roles\[0\]/.test(text),
      ),
    ).toBe(true);
    expect(found).toContain('delegations[0].round: no round has the id "nowhere"');
  });
});
