import {
  SCHEMA_VERSION,
  type Actor,
  type Dataset,
  type Delegation,
  type Position,
  type Round,
  type Story,
} from '../dataset/schema';
import { joinActors } from './joinActors';

/** What the page, the popup and the card need to know of one installed story (not its cast). */
export interface StoryMeta {
  id: string;
  title: Story['title'];
  summary: Story['summary'];
  period: Story['period'];
  keywords: Record<string, string[]>;
  core: string[];
  /** Ids of every actor in this story's file. */
  actors: string[];
  version: string;
  asOf: string;
  bundled: boolean;
}

/** The enabled stories and their casts merged into one dataset; `dataset` null when none is on. */
export interface Cast {
  stories: StoryMeta[];
  dataset: Dataset | null;
}

/** The meta of one story file. */
export function storyMetaOf(dataset: Dataset, bundled: boolean): StoryMeta {
  const { id, title, summary, period, keywords, core } = dataset.story;
  return {
    id,
    title,
    summary,
    period,
    keywords,
    core,
    actors: dataset.actors.map((a) => a.id),
    version: dataset.version,
    asOf: dataset.asOf,
    bundled,
  };
}

/**
 * One cast from the enabled stories, in their order (bundled first): an actor in two stories is
 * one actor (names and roles unioned, its category, kind and affiliation from the first story),
 * with every story's positions; events, delegations and positions are tagged with their story;
 * categories with the same id are shared (the first wins). An event or delegation id that an
 * earlier story already uses is prefixed `<storyId>--` in the later one, and its references follow.
 */
export function mergeStories(datasets: readonly Dataset[], bundledIds: ReadonlySet<string>): Cast {
  const stories = datasets.map((d) => storyMetaOf(d, bundledIds.has(d.story.id)));
  const [first] = datasets;
  if (!first) return { stories, dataset: null };
  const merged: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: datasets.map((d) => d.title).join(' + '),
    version: datasets.map((d) => d.version).join(' + '),
    asOf: datasets.map((d) => d.asOf).reduce((a, b) => (b > a ? b : a)),
    story: first.story,
    categories: [],
    rounds: [],
    delegations: [],
    actors: [],
  };
  const taken: Taken = { rounds: new Set(), delegations: new Set(), actors: new Map() };
  for (const data of datasets) addStory(merged, data, taken);
  merged.actors = [...taken.actors.values()];
  return { stories, dataset: merged };
}

/** The ids the stories merged so far use, and the actors merged so far. */
interface Taken {
  rounds: Set<string>;
  delegations: Set<string>;
  actors: Map<string, Actor>;
}

/** Adds one story's categories, events, delegations and actors to the merged cast. */
function addStory(merged: Dataset, data: Dataset, taken: Taken): void {
  const story = data.story.id;
  const known = new Set(merged.categories.map((c) => c.id));
  merged.categories.push(...data.categories.filter((c) => !known.has(c.id)));
  const roundOf = renamer(story, data.rounds, taken.rounds);
  const delegationOf = renamer(story, data.delegations, taken.delegations);
  merged.rounds.push(...data.rounds.map((r): Round => ({ ...r, id: roundOf(r.id), story })));
  merged.delegations.push(
    ...data.delegations.map((d): Delegation => ({
      ...d,
      id: delegationOf(d.id),
      round: roundOf(d.round),
      story,
    })),
  );
  for (const actor of data.actors) {
    const positions = actor.positions.map((p): Position => ({
      ...p,
      ...(p.round && { round: roundOf(p.round) }),
      story,
    }));
    const held = taken.actors.get(actor.id);
    const tagged = { ...actor, positions };
    taken.actors.set(actor.id, held ? joinActors(held, tagged) : tagged);
  }
}

/**
 * How one story's ids of events (or delegations) read in the merged cast: as written, unless an
 * earlier story took the id; then `<storyId>--<id>`. Records the ids it hands out in `taken`.
 */
function renamer(story: string, entries: readonly { id: string }[], taken: Set<string>) {
  const renamed = new Map<string, string>();
  for (const { id } of entries) {
    const name = taken.has(id) ? `${story}--${id}` : id;
    renamed.set(id, name);
  }
  for (const name of renamed.values()) taken.add(name);
  return (id: string): string => renamed.get(id) ?? id;
}
