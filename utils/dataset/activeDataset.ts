import { bundledDataset } from './bundled';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { datasetItem } from '../storage';
import { err, ok, type Result } from '../result';

/** The dataset in force, where it came from, and why a stored one was not used. */
export interface ActiveDataset {
  dataset: Dataset;
  source: 'bundled' | 'imported';
  /** Set when a stored dataset exists but is no longer valid (e.g. after an update). */
  storedProblems?: string[];
}

/**
 * Loads the dataset every context works from: the imported one if it is still valid, else the
 * bundled one. A stored dataset is re-validated because the schema may have changed since it
 * was imported; an invalid one is reported, never used, and never deleted.
 */
export async function loadActiveDataset(): Promise<ActiveDataset> {
  const stored = await datasetItem.getValue();
  if (stored === null) return { dataset: bundledDataset(), source: 'bundled' };
  const checked = validateDataset(stored);
  if (checked.ok) return { dataset: checked.value, source: 'imported' };
  return { dataset: bundledDataset(), source: 'bundled', storedProblems: checked.error };
}

/**
 * Validates JSON text and, only if it is valid, stores it as the active dataset. On any
 * problem (invalid data, a full storage quota) nothing is written and the problems are
 * returned, so the previous dataset stays in force.
 */
export async function importDataset(text: string): Promise<Result<Dataset, string[]>> {
  const checked = validateDataset(text);
  if (!checked.ok) return checked;
  try {
    await datasetItem.setValue(checked.value);
    return ok(checked.value);
  } catch (e) {
    return err([`Could not store the dataset: ${(e as Error).message}`]);
  }
}
