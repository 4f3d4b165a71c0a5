import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { SCHEMA_VERSION, type Dataset } from '../../utils/shared/dataset/schema';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { roundsDataset } from '../fixtures/roundsDataset';
import { english } from '../support/problemTexts';

const bundledText = readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8');
/** The data file exactly as JSON.parse reads it, before the schema touches it. */
const raw = JSON.parse(bundledText) as Dataset;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests build invalid data on purpose
type Loose = any;
/** A deep copy of the bundled data file with one thing changed (or more, when a test says so). */
const broken = (change: (data: Loose) => void): unknown => {
  const data: Loose = structuredClone(raw);
  change(data);
  return data;
};

/** The problems `validateDataset` reports; fails the test if the input was accepted. */
function problemsOf(input: unknown): string[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused, but it was accepted');
  return english(result.error);
}

const PROMISED_ACTORS = [
  'vladimir-putin',
  'volodymyr-zelenskyy',
  'vladimir-medinsky',
  'alexander-fomin',
  'mikhail-galuzin',
  'igor-kostyukov',
  'yuri-ushakov',
  'sergei-lavrov',
  'donald-trump',
  'recep-tayyip-erdogan',
  'andrii-sybiha',
  'marco-rubio',
  'lindsey-graham',
  'luiz-inacio-lula-da-silva',
  'friedrich-merz',
  'kremlin',
  'gru',
];

describe('the bundled dataset', () => {
  it('passes validation as JSON text', () => {
    const result = validateDataset(bundledText);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.value.actors).toHaveLength(raw.actors.length);
  });

  it('passes validation as an already parsed value', () => {
    expect(validateDataset(structuredClone(raw))).toEqual({ ok: true, value: bundledDataset() });
  });

  it.each(PROMISED_ACTORS)('has the actor %s', (id) => {
    expect(raw.actors.map((a) => a.id)).toContain(id);
  });

  it('has the Russian delegation: Medinsky heads it, Fomin, Galuzin and Kostyukov are members', () => {
    const delegation = raw.delegations.find((d) => d.name.en === 'Russian delegation');
    expect(delegation?.members).toEqual(
      expect.arrayContaining([
        { actor: 'vladimir-medinsky', role: 'head' },
        { actor: 'alexander-fomin', role: 'member' },
        { actor: 'mikhail-galuzin', role: 'member' },
        { actor: 'igor-kostyukov', role: 'member' },
      ]),
    );
    expect(delegation?.members.filter((m) => m.role === 'head')).toHaveLength(1);
  });

  it('names a source for every position and the language of every quote', () => {
    const positions = raw.actors.flatMap((a) => a.positions.map((p) => ({ actor: a.id, ...p })));
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) {
      expect(p.source.name.trim(), `source of a position of ${p.actor}`).not.toBe('');
      if (p.quote) expect(p.quote.lang, `quote of ${p.actor}`).toMatch(/^[a-z]{2,3}\b/);
    }
  });
});

describe('validateDataset refuses broken input with a message that says where', () => {
  it('reports a JSON syntax error with its line and column', () => {
    // A missing value: V8 words this one without a position of its own.
    const [problem] = problemsOf('{\n  "title": "x",\n  "version": }\n');
    expect(problem).toMatch(/^Not valid JSON: /);
    expect(problem).toContain('line 3 column 14');
  });

  it('reports line and column for a syntax error the engine gives a position for', () => {
    const [problem] = problemsOf('{\n  "title": "x"\n  "version": "1"\n}');
    expect(problem).toMatch(/^Not valid JSON: /);
    expect(problem).toContain('line 3 column 3');
  });

  it('reports line and column for a trailing comma in an array', () => {
    const [problem] = problemsOf('{\n  "names": [\n    "Putin",\n  ]\n}');
    expect(problem).toContain('line 4 column 3');
  });

  it('reports a truncated file at its end', () => {
    const [problem] = problemsOf('{\n  "title": "x",\n');
    expect(problem).toMatch(/^Not valid JSON: /);
    expect(problem).toContain('line 3 column 1');
  });

  it('accepts a leading byte order mark', () => {
    expect(validateDataset(`\uFEFF${bundledText}`)).toMatchObject({ ok: true });
  });

  it('counts lines after a byte order mark as if it were not there', () => {
    expect(problemsOf('\uFEFF{\n  "a": 1\n  "b": 2\n}')[0]).toContain('line 3 column 3');
  });

  it('refuses a newer schema version and asks the reader to update the extension', () => {
    const problems = problemsOf(broken((d) => (d.schemaVersion = SCHEMA_VERSION + 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^schemaVersion: /);
    expect(problems[0]).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(problems[0]).toContain('update the extension');
  });

  it('refuses a missing title', () => {
    expect(problemsOf(broken((d) => delete d.title))).toEqual([
      expect.stringMatching(/^title: .*Expected "title" but received undefined/),
    ]);
  });

  it('refuses a value of the wrong type', () => {
    expect(problemsOf(broken((d) => (d.actors[0].names = 'Putin')))).toEqual([
      expect.stringMatching(
        /^actors\[0\]\.names: Invalid type: Expected Array but received "Putin"/,
      ),
    ]);
  });

  it.each(['', '   '])('refuses the empty name %j', (name) => {
    expect(problemsOf(broken((d) => (d.actors[0].names[1] = name)))).toEqual([
      'actors[0].names[1]: must not be empty',
    ]);
  });

  it.each(['ab', 'Li'])('refuses the name %j as too short to match safely', (name) => {
    const problems = problemsOf(broken((d) => d.actors[0].names.push(name)));
    const at = raw.actors[0]?.names.length;
    expect(problems).toEqual([
      `actors[0].names[${at}]: "${name}" is too short to match safely (at least 3 letters)`,
    ]);
  });

  it('accepts a two-letter acronym such as "UN"', () => {
    expect(validateDataset(broken((d) => d.actors[0].names.push('UN')))).toMatchObject({
      ok: true,
    });
  });

  it('refuses duplicate actor ids', () => {
    expect(problemsOf(broken((d) => (d.actors[1].id = d.actors[0].id)))).toEqual([
      'actors[1].id: "vladimir-putin" is already used by actors[0]',
    ]);
  });

  it('refuses an actor whose category does not exist', () => {
    expect(problemsOf(broken((d) => (d.actors[2].category = 'narnia')))).toEqual([
      'actors[2].category: no category has the id "narnia"',
    ]);
  });

  it('refuses a delegation member who is not in the cast', () => {
    expect(problemsOf(broken((d) => (d.delegations[0].members[1].actor = 'nobody')))).toEqual([
      'delegations[0].members[1].actor: no actor has the id "nobody"',
    ]);
  });

  it('refuses the same name on two actors, also when it differs only in case or diacritics', () => {
    const trump = raw.actors.findIndex((a) => a.id === 'donald-trump');
    const erdogan = raw.actors.findIndex((a) => a.id === 'recep-tayyip-erdogan');
    const problems = problemsOf(
      broken((d) => d.actors[trump].names.push('vladimir putin', 'Erdogan')),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      `actors[${trump}].names[${raw.actors[trump]?.names.length}]: "vladimir putin" is also a name of "vladimir-putin"; a name must be unique`,
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `^actors\\[${erdogan}\\]\\.names\\[\\d+\\]: "Erdoğan" is also a name of "donald-trump"`,
      ),
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/',
  ])('refuses the source URL %j', (url) => {
    expect(problemsOf(broken((d) => (d.actors[1].positions[0].source.url = url)))).toEqual([
      'actors[1].positions[0].source.url: must start with https:// or http://',
    ]);
  });

  it('accepts an https source URL', () => {
    const data = broken((d) => (d.actors[1].positions[0].source.url = 'https://example.org/a'));
    expect(validateDataset(data)).toMatchObject({ ok: true });
  });

  it.each([
    '2025-13-01',
    '2025-05-32',
    '14.05.2025',
    '2025-5-14',
    '2025',
    '2025-02-30',
    '2025-04-31',
  ])('refuses the invalid date %j', (date) => {
    const problems = problemsOf(broken((d) => (d.actors[1].positions[0].date = date)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^actors\[1\]\.positions\[0\]\.date: must be a/);
  });

  it.each(['2025-05', '2024-02-29'])('accepts the date %j', (date) => {
    const data = broken((d) => (d.actors[1].positions[0].date = date));
    expect(validateDataset(data)).toMatchObject({ ok: true });
  });

  it('refuses an unknown key, at the top level and inside an actor', () => {
    expect(problemsOf(broken((d) => (d.actors[0].nickname = 'Vova')))).toEqual([
      'actors[0].nickname: Invalid key: Expected never but received "nickname"',
    ]);
    expect(problemsOf(broken((d) => (d.comment = 'draft')))).toEqual([
      'comment: Invalid key: Expected never but received "comment"',
    ]);
  });

  it('lists every schema problem in a file, not just the first', () => {
    const problems = problemsOf(
      broken((d) => {
        delete d.title;
        d.asOf = 'yesterday';
        d.actors[0].names = 'Putin';
        d.actors[3].kind = 'robot';
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: /),
        expect.stringMatching(/^asOf: must be a date/),
        expect.stringMatching(/^actors\[0\]\.names: /),
        expect.stringMatching(/^actors\[3\]\.kind: /),
      ]),
    );
  });

  it('lists every integrity problem in a file, not just the first', () => {
    const problems = problemsOf(
      broken((d) => {
        d.actors[1].id = d.actors[0].id;
        d.actors[2].category = 'narnia';
        d.delegations[0].members[1].actor = 'nobody';
        d.actors[4].names.push('ab');
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^actors\[1\]\.id: /),
        expect.stringMatching(/^actors\[2\]\.category: /),
        expect.stringMatching(/^delegations\[0\]\.members\[1\]\.actor: /),
        expect.stringMatching(/^actors\[4\]\.names\[\d+\]: "ab" is too short/),
      ]),
    );
  });

  it('lists schema and integrity problems in one round', () => {
    // An actor no delegation names, so renaming it leaves no reference dangling.
    const members = new Set(raw.delegations.flatMap((d) => d.members.map((m) => m.actor)));
    const loner = raw.actors.findIndex((a, i) => i > 2 && !members.has(a.id));
    const problems = problemsOf(
      broken((d) => {
        d.actors[0].kind = 'robot';
        d.actors[2].category = 'narnia';
        d.actors[loner].id = d.actors[1].id;
        d.delegations[0].members[1].actor = 'nobody';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^actors\[0\]\.kind: /),
      `actors[${loner}].id: "${raw.actors[1]?.id}" is already used by actors[1]`,
      'actors[2].category: no category has the id "narnia"',
      'delegations[0].members[1].actor: no actor has the id "nobody"',
    ]);
  });

  it('does not call a reference to an entry with schema problems dangling', () => {
    const member = raw.delegations[0]!.members[0]!.actor;
    const memberAt = raw.actors.findIndex((a) => a.id === member);
    const problems = problemsOf(
      broken((d) => {
        d.actors[memberAt].role = 'head'; // a schema problem in the member…
        d.categories[0].color = 'red'; // …and in a category actors point at
      }),
    );
    expect(problems).toEqual([
      'categories[0].color: must be a hex colour like "#d62828"',
      expect.stringMatching(new RegExp(`^actors\\[${memberAt}\\]\\.role: `)),
    ]);
  });

  it('still checks the names of an entry with schema problems elsewhere', () => {
    const problems = problemsOf(
      broken((d) => {
        d.actors[0].kind = 'robot';
        d.actors[0].names.push('Xy');
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^actors\[0\]\.kind: /),
      expect.stringMatching(/^actors\[0\]\.names\[\d+\]: "Xy" is too short to match safely/),
    ]);
  });

  it('leaves references unchecked while a list is missing (they would all dangle)', () => {
    expect(problemsOf(broken((d) => delete d.categories))).toEqual([
      'categories: Invalid key: Expected "categories" but received undefined',
    ]);
  });

  it.each([null, 42, 'null', '"actors"'])('refuses %j as a dataset', (input) => {
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^\(top level\): /)]);
  });

  it('refuses an array as a dataset', () => {
    expect(problemsOf('[]')).toContain(
      'actors: Invalid key: Expected "actors" but received undefined',
    );
  });
});

describe('validateDataset checks rounds and role periods (schema v2)', () => {
  it('reports a delegation or position in a round that does not exist, and overlapping roles', () => {
    const data = structuredClone(roundsDataset);
    data.delegations[1]!.round = 'nowhere';
    data.actors[0]!.positions[0]!.round = 'elsewhere';
    data.actors[0]!.roles.push({ en: 'Acting', de: 'Kommissarisch', from: '2025-07' });
    expect(problemsOf(data)).toEqual([
      'delegations[1].round: no round has the id "nowhere"',
      'actors[0].positions[0].round: no round has the id "elsewhere"',
      'actors[0].roles[2]: its period overlaps roles[0] of the same actor',
    ]);
  });

  it('accepts roles that follow each other day by day', () => {
    expect(validateDataset(roundsDataset)).toMatchObject({ ok: true });
  });
});
