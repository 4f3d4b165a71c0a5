import { describe, expect, it } from 'vitest';
import type { StoryMeta } from '../../utils/shared/story/cast';
import { decidePage } from '../../utils/shared/story/decidePage';
import type { PageEvidence } from '../../utils/shared/story/decideStories';

const story = (id: string, core: string[], actors: string[]): StoryMeta => ({
  id,
  title: { en: id, de: id },
  summary: { en: id, de: id },
  period: { from: '2025-05-11' },
  keywords: {},
  core,
  actors,
  version: '1',
  asOf: '2025-08-20',
  bundled: true,
});
const talks = story('talks', ['medinsky'], ['medinsky', 'umerov', 'trump']);
const summit = story('summit', ['witkoff'], ['witkoff', 'trump', 'merz']);

const evidence = (keywords: Record<string, string[]>, actors: string[]): PageEvidence => ({
  keywords: new Map(Object.entries(keywords).map(([id, list]) => [id, new Set(list)])),
  actors: new Map(actors.map((id) => [id, 1])),
});

describe('decidePage', () => {
  it('highlights the actors of every story the page is about, an actor of both once', () => {
    const page = evidence({ talks: ['Istanbul'], summit: ['Anchorage'] }, ['medinsky', 'witkoff']);
    const decision = decidePage([talks, summit], page, 'about');
    expect(decision.highlighting).toBe('about');
    expect([...decision.actors!]).toEqual(['medinsky', 'umerov', 'trump', 'witkoff', 'merz']);
  });

  it('highlights only the story the page is about, not the other story’s own actors', () => {
    const decision = decidePage(
      [talks, summit],
      evidence({ talks: ['Istanbul'] }, ['medinsky']),
      'about',
    );
    expect(decision.verdicts.map((v) => v.about)).toEqual([true, false]);
    expect([...decision.actors!]).toEqual(['medinsky', 'umerov', 'trump']);
  });

  it('highlights no one on a page about no story', () => {
    const decision = decidePage(
      [talks, summit],
      evidence({}, ['trump', 'merz', 'medinsky']),
      'about',
    );
    expect(decision).toMatchObject({ highlighting: 'none' });
    expect(decision.actors!.size).toBe(0);
  });

  it.each(['everywhere', 'anyway'] as const)(
    '%s: the whole cast, with the verdicts still told',
    (mode) => {
      const decision = decidePage([talks, summit], evidence({}, ['trump']), mode);
      expect(decision.highlighting).toBe(mode);
      expect(decision.actors).toBeUndefined();
      expect(decision.verdicts.map((v) => [v.id, v.about, v.known])).toEqual([
        ['talks', false, ['trump']],
        ['summit', false, ['trump']],
      ]);
    },
  );
});
