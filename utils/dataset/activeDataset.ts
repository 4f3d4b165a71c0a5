import { bundledDataset } from './bundled';
import type { Dataset } from './schema';
import { checkDataset } from './checkDataset';
import { datasetItem } from '../storage';

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
 * Reads and validates the stored dataset (see {@link activeDatasetOf}). The background's cache,
 * the popup and the refresh use it; tabs never do: they ask the background (`getActiveDataset`).
 */
export async function loadActiveDataset(): Promise<ActiveDataset> {
  return activeDatasetOf(await datasetItem.getValue());
}
