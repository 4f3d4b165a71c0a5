import { checkDataset } from '../dataset/checkDataset';
import type { Dataset } from '../dataset/schema';
import type { InstalledStory } from './installedStory';
import { bundledStory } from './bundledStories';
import { problemAt, type Problem } from '../problems/Problem';

/** The data of one installed story that is used, and why its stored file is not (if it is not). */
export interface StoryInForce {
  /** The stored file if still valid, else the bundled one; null for a broken imported story. */
  dataset: Dataset | null;
  /** Set when a stored file exists but is no longer valid (e.g. after an update of Dramatis). */
  storedProblems?: Problem[];
}

/**
 * Which data of the story `id` is in force: its stored file, re-validated (the schema may have
 * changed since it was imported, or the stored value was damaged), or, when that fails, the
 * bundled file with this id, or nothing for an imported story. The stored file is reported, never
 * used and never deleted. `check` is the validator (the background's cache passes a memoised one).
 */
export function storyInForce(
  id: string,
  entry: Pick<InstalledStory, 'dataset'> | undefined,
  check: (stored: unknown) => ReturnType<typeof checkDataset> = checkDataset,
): StoryInForce {
  const bundled = bundledStory(id) ?? null;
  const stored: unknown = entry?.dataset ?? null;
  if (stored === null) {
    return bundled
      ? { dataset: bundled }
      : { dataset: null, storedProblems: [problemAt(undefined, 'problemNothingStored')] };
  }
  const checked = check(stored);
  if (!checked.ok) return { dataset: bundled, storedProblems: checked.error };
  if (checked.value.story.id !== id) {
    const told = checked.value.story.id;
    return {
      dataset: bundled,
      storedProblems: [problemAt('story.id', 'problemStoredOtherStory', told, id)],
    };
  }
  return { dataset: checked.value };
}
