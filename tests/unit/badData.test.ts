import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_DATASET_BYTES } from '../../utils/shared/dataset/decode';
import { prepareCandidate } from '../../utils/shared/dataset/candidate';
import { applyImport } from '../../utils/extension-pages/options/applyImport';
import { migrateDataset } from '../../utils/shared/dataset/migrate';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { compileCast } from '../../utils/shared/matching/compile';
import { findMentions } from '../../utils/shared/matching/findMentions';
import { storiesItem } from '../../utils/platform/storage';
import type { DatasetSource, InstalledStory } from '../../utils/shared/story/installedStory';
import type { Problem } from '../../utils/shared/problems/Problem';
import { ok, type Result } from '../../utils/shared/result';
import { loadActiveCast } from '../../utils/platform/stories/activeCast';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { applyStory } from '../../utils/platform/stories/storyStore';
import { english, inEnglish } from '../support/problemTexts';

/**
 * Malformed and hostile data files (`tests/fixtures/bad-data/`), each imported through the
 * same path a file takes (bytes → size and UTF-8 check → JSON → schema → integrity → atomic
 * store) into a browser whose storage already holds an imported story. Each must be refused
 * with the message a data author needs, leaving storage exactly as it was, or (the few that
 * are legitimate despite looking hostile) accepted and stored as given, as the story they tell.
 */

const DIR = new URL('../fixtures/bad-data/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const text = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

/**
 * What the options page does with a file, a paste or a fetched body: validate it into a preview
 * (`prepareCandidate`, with no installed story to compare against), then apply it.
 */
async function importThroughOptions(
  input: string | Uint8Array,
  source: Omit<DatasetSource, 'appliedAt'>,
): Promise<Result<Dataset, Problem[]>> {
  const prepared = prepareCandidate(input, null, source);
  if (!prepared.ok) return prepared;
  const applied = await applyImport(prepared.value, { daily: false });
  return applied.ok ? ok(prepared.value.dataset) : applied;
}

/** Every problem a refused file must report (exact strings, or patterns), in any order. */
const REFUSED: Record<string, (string | RegExp)[]> = {
  'syntax-trailing-comma.json': [/^Not valid JSON: .*\(line 51 column 7: ValueExpected\)$/s],
  'syntax-missing-value.json': [/^Not valid JSON: .*\(line 4 column 14: ValueExpected\)$/s],
  'syntax-truncated.json': [/^Not valid JSON: .*\(line 38 column 5: CloseBraceExpected\)$/s],
  'syntax-comments.json': [/^Not valid JSON: .*\(line 2 column 3: InvalidCommentToken\)$/s],
  'syntax-single-quotes.json': [/^Not valid JSON: .*\(line 1 column 3: InvalidSymbol\)$/s],
  'empty.json': [/^Not valid JSON: .*\(line 1 column 1: ValueExpected\)$/],
  'latin1-encoded.json': [
    /^\(file\): not UTF-8 text \(invalid bytes near byte \d+\); save the file as UTF-8$/,
  ],
  'utf16le-bom.json': ['(file): the file is UTF-16 text; save it as UTF-8'],
  'top-level-array.json': [
    'schemaVersion: Invalid key: Expected "schemaVersion" but received undefined',
    'title: Invalid key: Expected "title" but received undefined',
    'version: Invalid key: Expected "version" but received undefined',
    'asOf: Invalid key: Expected "asOf" but received undefined',
    'story: Invalid key: Expected "story" but received undefined',
    'categories: Invalid key: Expected "categories" but received undefined',
    'rounds: Invalid key: Expected "rounds" but received undefined',
    'delegations: Invalid key: Expected "delegations" but received undefined',
    'actors: Invalid key: Expected "actors" but received undefined',
  ],
  'top-level-string.json': ['(top level): Invalid type: Expected Object but received "actors"'],
  'names-not-a-list.json': ['actors[0].names: Invalid type: Expected Array but received "Putin"'],
  'schema-version-string.json': ['schemaVersion: Invalid type: Expected number but received "1"'],
  'wrong-types-everywhere.json': [
    'categories[1].color: must be a hex colour like "#d62828"',
    'delegations[0].members[0].role: Invalid type: Expected ("head" | "member" | "expert") but received "boss"',
    'actors[0].positions[0].date: Invalid type: Expected string but received 20250511',
    'actors[1].kind: Invalid type: Expected ("person" | "institution") but received "robot"',
  ],
  'unknown-keys.json': [
    'comment: Invalid key: Expected never but received "comment"',
    'actors[2].nickname: Invalid key: Expected never but received "nickname"',
  ],
  'prototype-pollution.json': [
    '__proto__: Invalid key: Expected never but received "__proto__"',
    'actors[1].constructor: Invalid key: Expected never but received "constructor"',
  ],
  'duplicate-actor-ids.json': ['actors[2].id: "vladimir-putin" is already used by actors[0]'],
  'duplicate-category-ids.json': [
    'categories[1].id: "russia" is already used by categories[0]',
    'actors[2].category: no category has the id "ukraine"',
  ],
  'dangling-category.json': ['actors[1].category: no category has the id "narnia"'],
  'dangling-delegation-member.json': [
    'delegations[0].members[0].actor: no actor has the id "nobody"',
  ],
  'duplicate-name.json': [
    'actors[2].names[3]: "PUTIN" is also a name of "vladimir-putin"; a name must be unique',
  ],
  'empty-names.json': [
    'actors[0].names[2]: must not be empty',
    'actors[0].names[3]: must not be empty',
  ],
  'one-letter-name.json': [/^actors\[1\]\.names\[3\]: "M" is too short to match safely/],
  // One round lists the schema problem and the integrity problems of the entries that passed.
  'schema-and-reference-problems.json': [
    'actors[0].kind: Invalid type: Expected ("person" | "institution") but received "robot"',
    'actors[1].category: no category has the id "narnia"',
    'delegations[0].members[1].actor: no actor has the id "nobody"',
    'actors[2].names[3]: "Putin" is also a name of "vladimir-putin"; a name must be unique',
  ],
  'regexp-only-metacharacters.json': [
    'actors[0].names[2]: ".*" is too short to match safely (at least 3 letters)',
    'actors[0].names[3]: "|" is too short to match safely (at least 3 letters)',
    'actors[0].names[4]: "$" is too short to match safely (at least 3 letters)',
  ],
  'javascript-url.json': ['actors[0].positions[0].source.url: must start with https:// or http://'],
  'data-url.json': ['actors[0].positions[0].source.url: must start with https:// or http://'],
  'newer-schema-version.json': [
    'schemaVersion: this file uses schema version 4, but this version of Dramatis understands up to 3; update the extension first',
  ],
  'bad-dates.json': [
    'asOf: must be a date that exists, like "2025-05-14"',
    'actors[0].positions[0].date: must be a date like "2025-05-14"',
  ],
  'empty-lists.json': [
    'categories: must list at least one category',
    'actors: must list at least one actor',
  ],
  // 5,000 nested arrays where a name belongs: refused at the first level, no recursion.
  'deep-nesting.json': [/^actors\[0\]\.names\[0\]: must be a name/],
};

/** Files that look hostile but are legitimate data, accepted as given. */
const ACCEPTED = [
  // A UTF-8 byte order mark (Windows editors write one) is dropped, not refused.
  'bom-utf8.json',
  // Names are matched literally, never as patterns (see the test below).
  'regexp-metacharacters.json',
  // Markup in strings is text: the components render it as text (tests/components).
  'html-in-strings.json',
  'valid-base.json',
];

/** What storage holds before each import: an imported version of the bundled story, with an undo step. */
let seeded: Record<string, InstalledStory>;
const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
const ID = bundled.story.id;

beforeEach(async () => {
  fakeBrowser.reset();
  await applyStory({ ...bundled, title: 'Seeded' }, { kind: 'file', name: 'seed.json' });
  await applyStory({ ...bundled, title: 'Seeded, second' }, { kind: 'paste', name: '' });
  seeded = await storiesItem.getValue();
  expect(seeded[ID]?.previous?.dataset?.title).toBe('Seeded');
});

async function expectStorageUnchanged() {
  expect(await storiesItem.getValue()).toEqual(seeded);
  // The seeded Istanbul story, merged with the bundled Alaska story as ever.
  expect((await loadActiveCast()).dataset?.title).toBe(`Seeded, second + ${alaska.title}`);
}

describe('tests/fixtures/bad-data', () => {
  it('holds at least 25 malformed or hostile files, each with its expectation here', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(Object.keys(REFUSED).length).toBeGreaterThanOrEqual(25);
    expect(files.sort()).toEqual([...Object.keys(REFUSED), ...ACCEPTED].sort());
  });

  it.each(Object.entries(REFUSED))(
    'refuses %s with its message and leaves storage unchanged',
    async (name, expected) => {
      const result = await importThroughOptions(read(name), { kind: 'file', name });
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : english(result.error);
      expect(problems).toHaveLength(expected.length);
      for (const message of expected) {
        expect(problems).toContainEqual(
          typeof message === 'string' ? message : expect.stringMatching(message),
        );
      }
      await expectStorageUnchanged();
    },
  );

  // The fixtures are version 1 files: they are stored as migrated to the current version, as
  // the story they tell (made from their title), beside the seeded one.
  it.each(ACCEPTED)('accepts %s and stores it as given, migrated', async (name) => {
    const result = await importThroughOptions(read(name), { kind: 'file', name });
    expect(result).toMatchObject({ ok: true });
    const migrated = migrateDataset(JSON.parse(text(name).replace(/^\uFEFF/, ''))).value;
    const id = result.ok ? result.value.story.id : '';
    const stories = await storiesItem.getValue();
    expect(stories[id]?.dataset).toEqual(migrated);
    expect(stories[ID]).toEqual(seeded[ID]);
  });

  it('is not polluted by a "__proto__" key', async () => {
    await importThroughOptions(read('prototype-pollution.json'), { kind: 'file', name: 'p.json' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('matches names full of RegExp metacharacters literally, never as patterns', () => {
    const result = validateDataset(read('regexp-metacharacters.json'));
    if (!result.ok) throw new Error(english(result.error).join('\n'));
    const cast = compileCast(result.value.actors);
    const found = (text: string) => findMentions(cast, text).map((m) => m.actorId);
    expect(found('He said Vla.*dimir (Putin)? twice.')).toContain('vladimir-putin');
    expect(found('Seen: [Medinsky]+ {2} here.')).toContain('vladimir-medinsky');
    expect(found('Zelensk(yy|iy)|^$\\d spoke.')).toContain('volodymyr-zelenskyy');
    // As patterns they would match this text ("Vladimir", "Zelenskiy", "skinny  "); as names
    // they do not.
    expect(found('Vladimir was there, Zelenskiy too, with skinny  dimes.')).toEqual([]);
  });
});

describe('generated hostile data (not committed)', () => {
  it('refuses 50 MB of pasted text unread, and leaves storage unchanged', async () => {
    const huge = `{"title": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = await importThroughOptions(huge, { kind: 'paste', name: '' });
    expect(inEnglish(result)).toEqual({
      ok: false,
      error: [
        expect.stringMatching(
          /^\(file\): the data is more than 5\.0 MB, but Dramatis reads at most 5\.0 MB/,
        ),
      ],
    });
    await expectStorageUnchanged();
  });

  it('refuses a 50 MB file by its size, and leaves storage unchanged', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const result = await importThroughOptions(bytes, { kind: 'file', name: 'huge.json' });
    expect(inEnglish(result)).toEqual({
      ok: false,
      error: [
        '(file): the data is 50.0 MB, but Dramatis reads at most 5.0 MB; leave out what the story does not need',
      ],
    });
    await expectStorageUnchanged();
  });

  it('takes a file just under the cap as far as the JSON check', () => {
    const bytes = new Uint8Array(MAX_DATASET_BYTES).fill(0x20);
    expect(inEnglish(validateDataset(bytes))).toEqual({
      ok: false,
      error: [expect.stringMatching(/^Not valid JSON: /)],
    });
  });

  it('reports a syntax error 100,000 levels deep without overflowing the stack', async () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth - 1)}}`;
    const result = await importThroughOptions(deep, { kind: 'paste', name: '' });
    expect(inEnglish(result)).toEqual({
      ok: false,
      error: [expect.stringMatching(/^Not valid JSON: /)],
    });
    await expectStorageUnchanged();
  });

  it('refuses valid JSON 100,000 levels deep by its shape', async () => {
    const depth = 100_000;
    const result = await importThroughOptions(`${'['.repeat(depth)}${']'.repeat(depth)}`, {
      kind: 'paste',
      name: '',
    });
    expect(result.ok).toBe(false);
    await expectStorageUnchanged();
  });

  it('validates, stores and compiles 10,000 actors in reasonable time, and finds them', async () => {
    const big = tenThousandActors();
    const json = JSON.stringify(big);
    expect(json.length).toBeLessThan(MAX_DATASET_BYTES);

    let started = performance.now();
    const result = await importThroughOptions(json, { kind: 'file', name: 'big.json' });
    const importMs = performance.now() - started;
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.value.story.id : '';
    expect((await storiesItem.getValue())[id]?.dataset?.actors).toHaveLength(10_000);

    started = performance.now();
    const cast = compileCast(big.actors);
    const compileMs = performance.now() - started;
    const last = big.actors[9_999]!;
    const found = findMentions(cast, `Talks: ${last.name} met ${big.actors[17]!.name}.`);
    expect(found.map((m) => m.actorId)).toEqual([last.id, 'actor-17']);
    // Generous bounds for a slow 2-core CI machine (measured: ~0.7 s and ~1 s here).
    expect(importMs).toBeLessThan(15_000);
    expect(compileMs).toBeLessThan(15_000);
  }, 60_000);
});

/**
 * The fixture cast with 10,000 distinct actors, each with two distinct names sharing a first
 * word: 20,000 names with 10,000 first words, both dataset limits (`utils/shared/dataset/limits.ts`).
 */
function tenThousandActors(): Dataset {
  const base = JSON.parse(text('valid-base.json')) as Dataset;
  const word = (n: number) => {
    let s = '';
    do {
      s += 'abcdefghijklmnopqrstuvwxyz'[n % 26];
      n = Math.floor(n / 26);
    } while (n);
    return s;
  };
  const actors = Array.from({ length: 10_000 }, (_, i) => {
    const name = `Fi${word(i)} La${word(i * 7 + 3)}`;
    return {
      id: `actor-${i}`,
      name,
      names: [name, `Fi${word(i)}`],
      category: i % 2 ? 'russia' : 'ukraine',
      kind: 'person' as const,
      roles: [{ en: 'Delegate', de: 'Delegierter', from: '2025-05-14' }],
      positions: [],
    };
  });
  return { ...base, delegations: [], actors };
}
