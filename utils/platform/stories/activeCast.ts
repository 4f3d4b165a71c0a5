import { withDerivedNames } from '../../shared/dataset/withDerivedNames';
import { storiesItem } from '../storage';
import type { InstalledStory } from '../../shared/story/installedStory';
import { bundledStoryIds } from '../../shared/story/bundledStories';
import { mergeStories, type Cast } from '../../shared/story/cast';
import { storyOrder } from '../../shared/story/installedStories';
import { storyInForce, type StoryInForce } from '../../shared/story/storyInForce';

type Stories = Record<string, InstalledStory>;

/** The entry of the story `id` as served: stored, or (bundled, never changed) enabled. */
const servedEntry = (stories: Stories, id: string): Pick<InstalledStory, 'dataset' | 'enabled'> =>
  stories[id] ?? { dataset: null, enabled: true };

/**
 * The cast in force for a stored value of `local:stories`: the data in force of every enabled
 * story (see {@link storyInForce}; a broken imported story adds nothing), merged in story order.
 * A stored value that is not a record (damaged) counts as nothing stored. `inForce` decides each
 * story's data (the background's cache passes one that validates each stored file once).
 */
export function castOf(
  stored: unknown,
  inForce: (id: string, entry: Pick<InstalledStory, 'dataset'>) => StoryInForce = storyInForce,
): Cast {
  const stories: Stories = typeof stored === 'object' && stored !== null ? (stored as Stories) : {};
  const datasets = storyOrder(stories).flatMap((id) => {
    const entry = servedEntry(stories, id);
    if (entry?.enabled !== true) return [];
    const { dataset } = inForce(id, entry);
    return dataset ? [dataset] : [];
  });
  return mergeStories(datasets, new Set(bundledStoryIds()));
}

/** The cast as tabs receive it: every name with its native and derived spellings. */
export const withSpellings = (cast: Cast): Cast =>
  cast.dataset ? { ...cast, dataset: withDerivedNames(cast.dataset) } : cast;

/**
 * Reads and merges the stored stories (see {@link castOf}), for a page that cannot wait for the
 * background (the popup's fallback). Tabs never do: they ask the background (`getActiveCast`).
 */
export async function loadActiveCast(): Promise<Cast> {
  return withSpellings(castOf(await storiesItem.getValue()));
}
