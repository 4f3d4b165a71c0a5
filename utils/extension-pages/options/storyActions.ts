import type { Dataset } from '../../shared/dataset/schema';
import { downloadDataset, storyFile } from '../../shared/dataset/exportDataset';
import type { InstalledStory } from '../../shared/story/installedStory';
import { refreshStoryNow, type RefreshDeps } from '../../platform/update/refresh';
import {
  removeStory,
  resetStory,
  setStoryEnabled,
  undoStory,
} from '../../platform/stories/storyStore';
import { switchStoryRefresh } from './storyRefresh';

/** What {@link storyActions} reaches outside storage; tests replace it. */
export interface StoryActionsDeps {
  /** Saves a dataset as a file (tests pass a spy; the page downloads it). */
  download?: (dataset: Dataset) => void;
  /** How "check now" fetches (tests pass a stub). */
  refresh?: RefreshDeps;
}

/**
 * What the reader can do with one installed story on the options page (the component's
 * `StoryActions`), wired to the story store. Each change is one write of the store, so a reset
 * switches the story's daily refresh off in the same write that drops its data, and a removal
 * drops the refresh with the story: no refresh can run between the two. Export saves the file
 * of `stored` (the stored value the page shows), even one that no longer validates.
 */
export function storyActions(stored: Record<string, InstalledStory>, deps: StoryActionsDeps = {}) {
  const download = deps.download ?? ((dataset: Dataset) => downloadDataset(dataset));
  return {
    onToggle: setStoryEnabled,
    onUndo: undoStory,
    onReset: resetStory,
    onRemove: removeStory,
    onExport: (id: string) => {
      const file = storyFile(stored, id);
      if (file) download(file);
    },
    onRefreshToggle: switchStoryRefresh,
    onCheckNow: async (id: string) => void (await refreshStoryNow(id, deps.refresh)),
  };
}
