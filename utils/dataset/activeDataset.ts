import { bundledDataset } from './bundled';
import type { Dataset } from './schema';
import { checkDataset } from './checkDataset';
import { storiesItem } from '../storage';
import { castOf } from '../story/activeCast';

/** The dataset in force, where it came from, and why a stored one was not used. */
export interface ActiveDataset {
  dataset: Dataset;
  source: 'bundled' | 'imported';
  /** Set when a stored dataset exists but is no longer valid (e.g. after an update). */
  storedProblems?: string[];
}

/**
 * The dataset in force for a stored value: the imported one if it is still valid, else the
 * bundled one. A stored dataset is re-validated because the schema may have changed since it
 * was imported (or the stored value was damaged); an invalid one is reported, never used, and
 * never deleted.
 */
export function activeDatasetOf(stored: unknown): ActiveDataset {
  if (stored === null || stored === undefined)
    return { dataset: bundledDataset(), source: 'bundled' };
  const checked = checkDataset(stored);
  if (checked.ok) return { dataset: checked.value, source: 'imported' };
  return { dataset: bundledDataset(), source: 'bundled', storedProblems: checked.error };
}

/**
 * The merged dataset of the enabled stories (`utils/story/activeCast.ts`), without derived
 * spellings; the bundled one when no story is enabled.
 * @deprecated TODO [2026-12-11]: the popup's fallback reads `loadActiveCast` (issue 14, helper
 * D2); delete this when it does.
 */
export async function loadActiveDataset(): Promise<ActiveDataset> {
  const { dataset } = castOf(await storiesItem.getValue());
  return dataset
    ? { dataset, source: 'imported' }
    : { dataset: bundledDataset(), source: 'bundled' };
}
