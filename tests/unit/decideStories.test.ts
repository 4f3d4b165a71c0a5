import { describe, expect, it } from 'vitest';
import type { StoryMeta } from '../../utils/shared/story/cast';
import { decideStories, type PageEvidence } from '../../utils/shared/story/decideStories';

const meta = (id: string, from: string, core: string[], actors: string[]): StoryMeta => ({
  id,
  title: { en: id, de: id },
  summary: { en: id, de: id },
  period: { from, to: id === 'alaska' ? '2025-08-19' : '2025-07-23' },
  keywords: { en: [id === 'alaska' ? 'Alaska' : 'Istanbul'] },
  core,
  actors,
  version: '1',
  asOf: '2025-08-20',
  bundled: true,
});

const istanbul = meta(
  'istanbul',
  '2025-05-11',
  ['medinsky', 'umerov', 'fidan'],
  ['medinsky', 'umerov', 'fidan', 'trump', 'putin', 'merz'],
);
const alaska = meta(
  'alaska',
  '2025-08-15',
  ['trump', 'putin', 'witkoff'],
  ['trump', 'putin', 'witkoff', 'merz'],
);

const evidence = (
  keywords: Record<string, string[]>,
  actors: Record<string, number>,
  day?: string,
): PageEvidence => ({
  keywords: new Map(Object.entries(keywords).map(([id, list]) => [id, new Set(list)])),
  actors: new Map(Object.entries(actors)),
  ...(day ? { day } : {}),
});
const about = (e: PageEvidence) =>
  decideStories([istanbul, alaska], e)
    .filter((v) => v.about)
    .map((v) => v.id);

describe('decideStories', () => {
  it('a keyword and a core actor: about the story', () => {
    expect(about(evidence({ istanbul: ['Istanbul'] }, { medinsky: 2 }))).toEqual(['istanbul']);
  });

  it('a keyword and well-known actors only: not about it', () => {
    expect(about(evidence({ istanbul: ['Istanbul'] }, { trump: 5, merz: 1 }))).toEqual([]);
  });

  it('two distinct keywords without any actor: about it', () => {
    expect(about(evidence({ istanbul: ['Стамбул*', 'обмен пленными'] }, {}))).toEqual(['istanbul']);
  });

  it('one keyword alone, however often printed: not about it', () => {
    expect(about(evidence({ istanbul: ['Istanbul'] }, {}))).toEqual([]);
  });

  it("core actors alone decide only within the story's own days", () => {
    const cores = { trump: 9, putin: 4, witkoff: 1 };
    expect(about(evidence({}, cores))).toEqual([]);
    expect(about(evidence({}, cores, '2025-08-07'))).toEqual([]);
    expect(about(evidence({}, cores, '2025-08-15'))).toEqual(['alaska']);
    expect(about(evidence({}, cores, '2025-08-19T23:00:00-04:00'))).toEqual(['alaska']);
    expect(about(evidence({}, cores, '2025-08-20'))).toEqual([]);
    expect(about(evidence({}, { medinsky: 1, umerov: 1 }, '2025-06-02'))).toEqual(['istanbul']);
    expect(about(evidence({}, { medinsky: 5 }, '2025-06-02'))).toEqual([]);
  });

  it("a story still going on counts its days up to its data's asOf", () => {
    const ongoing = { ...alaska, period: { from: '2025-08-15' } };
    const page = (day: string) => evidence({}, { trump: 1, putin: 1 }, day);
    expect(decideStories([ongoing], page('2025-08-20'))[0]?.about).toBe(true);
    expect(decideStories([ongoing], page('2025-08-21'))[0]?.about).toBe(false);
  });

  it('a story without keywords (a migrated v2 file) is decided on two core actors any day', () => {
    const bare = { ...istanbul, keywords: {}, period: { from: '2025-05-11' } };
    const page = evidence({}, { medinsky: 1, umerov: 2 }, '2025-11-11');
    expect(decideStories([bare], page)[0]?.about).toBe(true);
    expect(decideStories([bare], evidence({}, { medinsky: 1 }))[0]?.about).toBe(false);
  });

  it('an actor counts when mentioned at least once', () => {
    expect(about(evidence({ istanbul: ['Istanbul'] }, { medinsky: 0 }))).toEqual([]);
    expect(about(evidence({ istanbul: ['Istanbul'] }, { medinsky: 1 }))).toEqual(['istanbul']);
  });

  it('a page about two stories gets both', () => {
    const page = evidence(
      { istanbul: ['Istanbul'], alaska: ['Anchorage', 'Alaska'] },
      { umerov: 1, trump: 2 },
    );
    expect(about(page)).toEqual(['istanbul', 'alaska']);
  });

  it("an actor core to one story and well known in another counts as that story's core only", () => {
    const [onIstanbul, onAlaska] = decideStories(
      [istanbul, alaska],
      evidence({ istanbul: ['Istanbul'], alaska: ['Alaska'] }, { trump: 3, merz: 1 }),
    );
    expect(onIstanbul).toEqual({
      id: 'istanbul',
      about: false,
      keywords: ['Istanbul'],
      core: [],
      known: ['trump', 'merz'],
    });
    expect(onAlaska).toEqual({
      id: 'alaska',
      about: true,
      keywords: ['Alaska'],
      core: ['trump'],
      known: ['merz'],
    });
  });

  it('an article dated more than 60 days before the story began is never about it', () => {
    const page = (day: string) =>
      evidence({ istanbul: ['Istanbul', 'Стамбул*'] }, { medinsky: 1, umerov: 1 }, day);
    expect(about(page('2022-03-29'))).toEqual([]);
    expect(about(page('2025-03-11'))).toEqual([]);
    expect(about(page('2025-03-12'))).toEqual(['istanbul']);
    expect(about(page('2025-05-16T10:00:00Z'))).toEqual(['istanbul']);
    expect(about(page('not a date'))).toEqual(['istanbul']);
  });

  it('answers every story, in order, even with no evidence at all', () => {
    expect(decideStories([istanbul, alaska], evidence({}, {}))).toEqual([
      { id: 'istanbul', about: false, keywords: [], core: [], known: [] },
      { id: 'alaska', about: false, keywords: [], core: [], known: [] },
    ]);
    expect(decideStories([], evidence({ x: ['y'] }, { trump: 1 }))).toEqual([]);
  });
});
