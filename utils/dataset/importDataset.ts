import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { datasetItem } from '../storage';
import { err, ok, type Result } from '../result';

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
