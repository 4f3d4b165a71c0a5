import type { Dataset } from '../../utils/shared/dataset/schema';
import { withDerivedNames } from '../../utils/shared/dataset/withDerivedNames';
import { bundledStories as shipped } from '../../utils/shared/story/bundledStories';
import { storyMetaOf, type StoryMeta } from '../../utils/shared/story/cast';

/**
 * The bundled stories, in bundled order, each with its data as the background serves it (the
 * derived spellings added), so tests match names and keywords as a tab does.
 */
export function bundledStories(): { stories: StoryMeta[]; datasets: Dataset[] } {
  const datasets = shipped().map((dataset) => withDerivedNames(dataset));
  return { stories: datasets.map((d) => storyMetaOf(d, true)), datasets };
}
