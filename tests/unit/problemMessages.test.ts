import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../components/options/ProblemList';
import { validateDataset } from '../../utils/shared/dataset/validate';
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

  it('leaves every English message exactly as the validator wrote it', () => {
    for (const problem of problems) expect(problemText(problem, t)).toBe(problem);
  });

  it('says every one in German, keeping its path as written', () => {
    for (const problem of problems) {
      const german = problemText(problem, tDe);
      expect(german, problem).not.toBe(problem);
      const path = /^[^ ]+: /.exec(problem)?.[0];
      if (path && !problem.startsWith('Not valid JSON')) expect(german.startsWith(path)).toBe(true);
    }
  });

  it('translates an example word for word', () => {
    expect(problemText('actors[3].names[0]: must not be empty', tDe)).toBe(
      'actors[3].names[0]: darf nicht leer sein',
    );
    expect(problemText('(file): the file is UTF-16 text; save it as UTF-8', tDe)).toBe(
      '(file): Die Datei ist UTF-16-Text; bitte als UTF-8 speichern',
    );
  });
});
