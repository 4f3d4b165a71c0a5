import type { Dataset } from '../../utils/shared/dataset/schema';
import type { InstalledStory } from '../../utils/shared/story/installedStory';

/** A story installed from a file, as the options page stores it (enabled, nothing to undo). */
export const installedStory = (dataset: Dataset, enabled = true): InstalledStory => ({
  dataset,
  source: { kind: 'file', name: `${dataset.story.id}.json`, appliedAt: 0 },
  previous: null,
  validators: null,
  refresh: null,
  refreshStatus: null,
  enabled,
  installedAt: 0,
});

/**
 * The value of `local:stories` (storage key `stories`) with the datasets installed, each under
 * its story id: a file telling a bundled story replaces the bundled data, as an import does.
 */
export const storiesWith = (...datasets: Dataset[]): Record<string, InstalledStory> =>
  Object.fromEntries(datasets.map((d) => [d.story.id, installedStory(d)]));
