import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { applyStory } from '../../platform/stories/storyStore';
import type { DatasetSource, UrlValidators } from '../story/installedStory';
import type { Problem } from '../problems/Problem';
import { ok, type Result } from '../result';

/**
 * Validates a data file (text or bytes) and, only if it is valid, installs the story it tells at
 * once (a new story, or the new data of the installed story with its id), without a preview
 * (the options page previews first). On any problem (invalid data, a full storage quota) nothing
 * is written and the problems are returned, so the stories installed stay as they were.
 */
export async function importDataset(
  input: string | Uint8Array,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
): Promise<Result<Dataset, Problem[]>> {
  const checked = validateDataset(input);
  if (!checked.ok) return checked;
  const applied = await applyStory(checked.value, source, validators);
  return applied.ok ? ok(checked.value) : applied;
}
