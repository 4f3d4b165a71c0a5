import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { issueProblem, schemaMessage } from '../../utils/shared/problems/issueProblem';
import { formatProblem } from '../../utils/shared/problems/formatProblem';
import { problemAt } from '../../utils/shared/problems/Problem';
import { t, tDe } from '../support/translate';

const dir = new URL('../fixtures/bad-data/', import.meta.url);
/** Every problem the validator finds in the bad-data fixtures. */
const problems = readdirSync(dir).flatMap((file) => {
  const result = validateDataset(new Uint8Array(readFileSync(new URL(file, dir))));
  return result.ok ? [] : result.error;
});

describe('validator messages in the reader’s language', () => {
  it('finds problems to check', () => {
    expect(problems.length).toBeGreaterThan(30);
  });

  it('says every one by a message key, none as raw text', () => {
    expect(problems.filter(({ message }) => 'text' in message)).toEqual([]);
  });

  it('says every one in German, keeping its path as written', () => {
    for (const problem of problems) {
      const english = formatProblem(problem, t);
      const german = formatProblem(problem, tDe);
      expect(german, english).not.toBe(english);
      if (problem.path !== undefined) {
        expect(german.startsWith(`${problem.path || '(top level)'}: `)).toBe(true);
        expect(english.startsWith(`${problem.path || '(top level)'}: `)).toBe(true);
      }
    }
  });

  it('translates an example word for word', () => {
    const empty = problemAt('actors[3].names[0]', 'problemEmpty');
    expect(formatProblem(empty, t)).toBe('actors[3].names[0]: must not be empty');
    expect(formatProblem(empty, tDe)).toBe('actors[3].names[0]: darf nicht leer sein');
    const utf16 = problemAt(undefined, 'problemUtf16');
    expect(formatProblem(utf16, t)).toBe('(file): the file is UTF-16 text; save it as UTF-8');
    expect(formatProblem(utf16, tDe)).toBe(
      '(file): Die Datei ist UTF-16-Text; bitte als UTF-8 speichern',
    );
  });

  it('shows a raw text as written, after its path if it has one', () => {
    const raw = { path: 'actors[0]', message: { text: 'Invalid length: Expected 3' } };
    expect(formatProblem(raw, tDe)).toBe('actors[0]: Invalid length: Expected 3');
    expect(formatProblem({ message: { text: 'broken' } }, tDe)).toBe('broken');
    expect(
      formatProblem({ path: '', message: { key: 'problemType', subs: ['Object', '1'] } }, t),
    ).toBe('(top level): Invalid type: Expected Object but received 1');
  });

  it('reads a valibot issue by its kind, and keeps an issue it has no key for as raw text', () => {
    const issuesOf = (schema: v.GenericSchema, value: unknown) =>
      v.safeParse(schema, value).issues ?? [];
    const [type] = issuesOf(v.object({ a: v.string() }), { a: 1 });
    expect(issueProblem(type!)).toEqual({
      path: 'a',
      message: { key: 'problemType', subs: ['string', '1'] },
    });
    const [own] = issuesOf(v.pipe(v.string(), v.nonEmpty(schemaMessage('problemEmpty'))), '');
    expect(issueProblem(own!)).toEqual({ path: '', message: { key: 'problemEmpty', subs: [] } });
    const [other] = issuesOf(v.pipe(v.string(), v.length(3)), 'ab');
    expect(issueProblem(other!)).toEqual({
      path: '',
      message: { text: 'Invalid length: Expected 3 but received 2' },
    });
  });
});
