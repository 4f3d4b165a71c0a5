import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { nameText, type Dataset } from '../../utils/shared/dataset/schema';
import { validateDataset } from '../../utils/shared/dataset/validate';
import { createCastSearch } from '../../utils/shared/search/castSearch';
import { english } from '../support/problemTexts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests build invalid data on purpose
type Loose = any;

/** The bundled dataset with one actor changed; returns the problems found, or [] if valid. */
function problemsWith(id: string, change: (actor: Loose) => void): string[] {
  const data: Loose = structuredClone(bundledDataset());
  const index = (data as Dataset).actors.findIndex((a) => a.id === id);
  change(data.actors[index]);
  const result = validateDataset(data);
  return result.ok ? [] : english(result.error).map((p) => p.replace(`actors[${index}]`, 'actor'));
}

describe('names with rules in the data', () => {
  it('accepts a name as a string or as an object with a text and rules', () => {
    expect(
      problemsWith('donald-tusk', (a) =>
        a.names.push({ text: 'TUSK', match: 'exact' }, { text: 'Туска', match: 'capitalized' }),
      ),
    ).toEqual([]);
  });

  it('refuses an unknown rule, with the path of the name', () => {
    const problems = problemsWith('donald-tusk', (a) =>
      a.names.push({ text: 'Tu', match: 'loose' }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^actor\.names\[\d+\]: must be a name, or an object like \{"text"/),
    ]);
  });

  it('allows two letters only for names matched exactly', () => {
    expect(problemsWith('xi-jinping', (a) => a.names.push({ text: 'Xí', match: 'exact' }))).toEqual(
      [],
    );
    expect(problemsWith('xi-jinping', (a) => a.names.push('Xí'))).toEqual([
      expect.stringMatching(/"Xí" is too short to match safely \(at least 3 letters\)/),
    ]);
  });

  it('refuses a name that needs the full name when the actor has no full name', () => {
    const problems = problemsWith('keith-kellogg', (a) => {
      a.names = [{ text: 'Kellogg', context: 'full-name' }, 'Келлог'];
    });
    expect(problems).toEqual([expect.stringMatching(/^actor\.names\[0\]: "Kellogg" counts only/)]);
  });

  it('refuses a not-name that contains none of the actor’s names', () => {
    expect(problemsWith('donald-trump', (a) => a.notNames.push('Melania Knauss'))).toEqual([
      expect.stringMatching(/^actor\.notNames\[\d+\]: "Melania Knauss" contains none/),
    ]);
  });

  it('treats names matched exactly as distinct from other spellings, but not from themselves', () => {
    expect(problemsWith('gru', (a) => a.names.push({ text: 'Nato', match: 'exact' }))).toEqual([
      expect.stringMatching(/"Nato" is also a name of "gru"; a name must be unique/),
    ]);
    expect(problemsWith('gru', (a) => a.names.push({ text: 'NaTo', match: 'exact' }))).toEqual([]);
    expect(problemsWith('kremlin', (a) => a.names.push('Gru'))).toEqual([
      expect.stringMatching(/"GRU" is also a name of "kremlin"/),
    ]);
  });

  it('gives the popup search the text of every name', () => {
    const search = createCastSearch(bundledDataset());
    expect(search('poutine')[0]?.id).toBe('vladimir-putin');
    expect(search('kellogg')[0]?.id).toBe('keith-kellogg');
    expect(nameText({ text: 'Tusk', match: 'capitalized' })).toBe('Tusk');
  });
});
