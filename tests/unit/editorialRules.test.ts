import { describe, expect, it } from 'vitest';
import {
  coverage,
  coverageTable,
  editorialProblems,
} from '../../utils/shared/dataset/editorialRules';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { english } from '../support/problemTexts';
import { roundsDataset } from '../fixtures/roundsDataset';

/** The fixture made to pass every rule (Fomin's role gets its source). */
function passing(): Dataset {
  const data = structuredClone(roundsDataset);
  data.actors[2]!.roles[0]!.source = { name: 'Gov', url: 'https://gov.example/fomin' };
  return data;
}

describe('editorialProblems', () => {
  it('passes data that keeps every rule', () => {
    expect(editorialProblems(passing())).toEqual([]);
  });

  it('wants the story told in every press language, with a core, within asOf', () => {
    const data = passing();
    delete data.story.keywords.uk;
    data.story.keywords.it = [];
    data.story.core = [];
    data.story.period.to = '2025-08-01';
    expect(english(editorialProblems(data))).toEqual([
      'story.keywords.it: a bundled story needs keywords in it',
      'story.keywords.uk: a bundled story needs keywords in uk',
      'story.core: a bundled story needs its core actors',
      "story.period.to: 2025-08-01 is after the dataset's asOf (2025-07-31)",
    ]);
  });

  it('wants an https source for every role, position and round', () => {
    const data = passing();
    data.actors[2]!.roles[0]!.source = undefined;
    data.actors[0]!.positions[1]!.source = { name: 'Old', url: 'http://old.example/' };
    data.actors[0]!.positions[0]!.source = { name: 'Seed report' };
    data.rounds[1]!.source = undefined;
    expect(english(editorialProblems(data))).toEqual([
      'rounds[1].source: needs an https URL',
      'actors[0].positions[0].source: needs an https URL (rustem-umerov)',
      'actors[0].positions[1].source: needs an https URL (rustem-umerov)',
      'actors[2].roles[0].source: needs an https URL (alexander-fomin)',
    ]);
  });

  it('wants a venue and an outcome for every round', () => {
    const data = passing();
    delete data.rounds[0]!.venue;
    delete data.rounds[0]!.outcome;
    expect(editorialProblems(data)[0]).toEqual({
      path: 'rounds[0].venue',
      message: { text: 'a round needs its venue' },
    });
    expect(english(editorialProblems(data))).toEqual([
      'rounds[0].venue: a round needs its venue',
      'rounds[0].outcome: a round needs its outcome',
    ]);
  });

  it('wants both card translations of a quote, and none into its own language', () => {
    const data = passing();
    const position = data.actors[0]!.positions[0]!;
    position.quote = { text: 'We are ready', lang: 'en', translations: { en: 'We are ready' } };
    expect(english(editorialProblems(data))).toEqual([
      'actors[0].positions[0].quote.translations.en: the quote is in en already',
      'actors[0].positions[0].quote.translations.de: a quote needs its de translation',
    ]);
  });

  it('refuses dates after the dataset’s asOf, a month counting from its first day', () => {
    const data = passing();
    data.asOf = '2025-07-22';
    data.actors[0]!.roles[1]!.to = '2025-08';
    expect(english(editorialProblems(data))).toEqual([
      "story.period.to: 2025-07-23 is after the dataset's asOf (2025-07-22)",
      "rounds[2].date: 2025-07-23 is after the dataset's asOf (2025-07-22)",
      "actors[0].roles[1].to: 2025-08 is after the dataset's asOf (2025-07-22)",
      "actors[0].positions[1].date: 2025-07-23 is after the dataset's asOf (2025-07-22)",
    ]);
  });
});

describe('coverage', () => {
  it('counts roles, positions, quotes and distinct source URLs per actor, with totals', () => {
    const rows = coverage(passing());
    expect(rows[0]).toEqual({
      id: 'rustem-umerov',
      name: 'Rustem Umerov',
      roles: 2,
      positions: 2,
      quotes: 1,
      sources: 4,
    });
    const table = coverageTable(rows).split('\n');
    expect(table[0]).toBe('| Actor | Roles | Positions | Quotes | Sources |');
    expect(table[2]).toBe('| Rustem Umerov | 2 | 2 | 1 | 4 |');
    expect(table.at(-1)).toBe('| **3 actors** | 4 | 2 | 1 | 6 |');
  });
});
