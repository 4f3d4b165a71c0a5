import { useMemo } from 'preact/hooks';
import type { InstalledStory } from '../../shared/story/installedStory';
import { inForceOnce } from '../../platform/stories/activeCastCache';
import { storiesItem } from '../../platform/storage';
import { installedStories } from '../../platform/stories/storyStore';
import { useStoredValue } from '../useStoredValue';
import { installedCategories, storyEntries } from './storyEntries';

/**
 * The installed stories as the options page shows them, live: the stored value (`stored`, for
 * export), each story's data in force (`views`), the rows (`stories`) and every installed
 * category (`categories`). Each stored file is validated once, not again on every switch or
 * undo of another story.
 */
export function useInstalledStories(initial: Record<string, InstalledStory>) {
  const [stored] = useStoredValue(storiesItem, initial);
  const inForce = useMemo(() => inForceOnce(), []);
  const views = useMemo(() => installedStories(stored, inForce), [stored, inForce]);
  const stories = useMemo(() => storyEntries(views), [views]);
  const categories = useMemo(() => installedCategories(views), [views]);
  return { stored, views, stories, categories };
}
