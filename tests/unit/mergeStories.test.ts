import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { mergeStories } from '../../utils/shared/story/cast';
import { roundsDataset } from '../fixtures/roundsDataset';
import { summitStory } from '../fixtures/summitStory';

const BUNDLED = new Set(['rounds-fixture']);
const both = () => mergeStories([roundsDataset, summitStory], BUNDLED);
const merged = (): Dataset => both().dataset!;
const actor = (id: string) => merged().actors.find((a) => a.id === id)!;

describe('merging the enabled stories into one cast', () => {
  it('checks its fixtures: both stories are valid files', () => {
    expect(checkDataset(roundsDataset).ok).toBe(true);
    expect(checkDataset(summitStory).ok).toBe(true);
  });

  it('serves no dataset when no story is enabled', () => {
    expect(mergeStories([], BUNDLED)).toEqual({ stories: [], dataset: null });
  });

  it('describes each story in order, with its actors and whether it is bundled', () => {
    const { stories } = both();
    expect(stories.map((s) => [s.id, s.bundled, s.version, s.asOf])).toEqual([
      ['rounds-fixture', true, '1', '2025-07-31'],
      ['summit-fixture', false, '7', '2025-08-20'],
    ]);
    expect(stories[1]!.actors).toEqual(['marco-rubio', 'rustem-umerov']);
    expect(stories[1]!.core).toEqual(summitStory.story.core);
    expect(stories[1]!.keywords).toEqual(summitStory.story.keywords);
    expect(stories[0]!.title).toEqual(roundsDataset.story.title);
  });

  it('makes an actor in two stories one actor, in the place of its first story', () => {
    const ids = merged().actors.map((a) => a.id);
    expect(ids).toEqual(['rustem-umerov', 'vladimir-medinsky', 'alexander-fomin', 'marco-rubio']);
  });

  it('unions names and notNames, merges native names first-wins, keeps the first category', () => {
    const umerov = actor('rustem-umerov');
    expect(umerov.names).toEqual(['Rustem Umerov', 'Umerov', 'Umierow']);
    expect(umerov.notNames).toEqual(['Rustem Umerov Street']);
    expect(umerov.nativeNames).toEqual({
      uk: 'Рустем Умєров',
      ru: 'Рустем Умеров',
      en: 'Rustem Umerov',
    });
    expect(umerov.nativeLang).toBe('uk');
    expect(umerov.category).toBe('ukraine');
  });

  it('unions roles without repeating one both stories list', () => {
    expect(actor('rustem-umerov').roles.map((r) => r.en)).toEqual([
      'Minister of Defence of Ukraine',
      'Secretary of the National Security and Defence Council of Ukraine',
      'Member of parliament',
    ]);
  });

  it('tags every position, event and delegation with its story', () => {
    const data = merged();
    expect(actor('rustem-umerov').positions.map((p) => [p.date, p.story])).toEqual([
      ['2025-05-16', 'rounds-fixture'],
      ['2025-07-23', 'rounds-fixture'],
      ['2025-08-15', 'summit-fixture'],
    ]);
    expect(data.rounds.map((r) => r.story)).toEqual([
      'rounds-fixture',
      'rounds-fixture',
      'rounds-fixture',
      'summit-fixture',
    ]);
    expect(new Set(data.delegations.map((d) => d.story))).toEqual(
      new Set(['rounds-fixture', 'summit-fixture']),
    );
    expect(data.delegations.at(-1)).toMatchObject({
      id: 'ukraine-anchorage-2025-08-15',
      story: 'summit-fixture',
    });
  });

  it('shares a category both stories define: the first story wins', () => {
    expect(merged().categories.map((c) => [c.id, c.color])).toEqual([
      ['russia', '#d62828'],
      ['ukraine', '#1d6fd8'],
      ['united-states', '#7b3fc4'],
    ]);
  });

  it('prefixes the later story’s clashing event and delegation ids and rewrites references', () => {
    const clash = structuredClone(summitStory);
    const taken = roundsDataset.rounds[0]!.id;
    const takenDelegation = roundsDataset.delegations[0]!.id;
    clash.rounds[0]!.id = taken;
    clash.delegations[0]!.round = taken;
    clash.delegations[0]!.id = takenDelegation;
    clash.actors[1]!.positions[0]!.round = taken;
    expect(checkDataset(clash).ok).toBe(true);
    const data = mergeStories([roundsDataset, clash], BUNDLED).dataset!;
    const prefixed = `summit-fixture--${taken}`;
    expect(data.rounds.map((r) => r.id)).toEqual([
      ...roundsDataset.rounds.map((r) => r.id),
      prefixed,
    ]);
    expect(data.delegations.at(-1)).toMatchObject({
      id: `summit-fixture--${takenDelegation}`,
      round: prefixed,
    });
    const umerov = data.actors.find((a) => a.id === 'rustem-umerov')!;
    expect(umerov.positions.map((p) => p.round)).toEqual([taken, 'istanbul-2025-07-23', prefixed]);
  });

  it('dates the cast by the latest story and names it after all of them', () => {
    const data = merged();
    expect(data.asOf).toBe('2025-08-20');
    expect(data.title).toBe('Rounds fixture + Summit fixture');
    expect(data.version).toBe('1 + 7');
    expect(data.story).toEqual(roundsDataset.story);
    expect(mergeStories([summitStory, roundsDataset], BUNDLED).dataset!.asOf).toBe('2025-08-20');
  });

  it('serves a single story as its own file, tagged', () => {
    const data = mergeStories([roundsDataset], BUNDLED).dataset!;
    expect(data.title).toBe(roundsDataset.title);
    expect(data.actors).toHaveLength(roundsDataset.actors.length);
    expect(data.actors.flatMap((a) => a.positions).every((p) => p.story === 'rounds-fixture')).toBe(
      true,
    );
  });

  it('leaves the stories it merges untouched', () => {
    const before = structuredClone([roundsDataset, summitStory]);
    both();
    expect([roundsDataset, summitStory]).toEqual(before);
  });
});
