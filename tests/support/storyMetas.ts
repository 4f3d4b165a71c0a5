import * as v from 'valibot';
import alaska from '../../data/alaska-2025.json';
import istanbul from '../../data/actors.json';
import { DatasetSchema, type Dataset } from '../../utils/dataset/schema';
import { withDerivedNames } from '../../utils/dataset/withDerivedNames';
import type { StoryMeta } from '../../utils/story/cast';

/** A story as the page sees it: its `story` block, its actors' ids, its version and date. */
export const storyMetaOf = (dataset: Dataset): StoryMeta => ({
  ...dataset.story,
  actors: dataset.actors.map((a) => a.id),
  version: dataset.version,
  asOf: dataset.asOf,
  bundled: true,
});

/**
 * The bundled stories, in bundled order, each with its data as the background serves it (the
 * derived spellings added), so tests match names and keywords as a tab does.
 */
export function bundledStories(): { stories: StoryMeta[]; datasets: Dataset[] } {
  const datasets = [istanbul, alaska].map((raw) => withDerivedNames(v.parse(DatasetSchema, raw)));
  return { stories: datasets.map(storyMetaOf), datasets };
}
