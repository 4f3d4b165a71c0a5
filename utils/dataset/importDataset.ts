import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { applyDataset } from './store';
import type { DatasetSource, Problem, UrlValidators } from '../storage';
import { ok, type Result } from '../result';

/**
 * Validates a data file (text or bytes) and, only if it is valid, makes it the data in use at
 * once, without a preview (the daily refresh does this; the options page previews first). On
 * any problem (invalid data, a full storage quota) nothing is written and the problems are
 * returned, so the previous dataset stays in force.
 */
export async function importDataset(
  input: string | Uint8Array,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
): Promise<Result<Dataset, Problem[]>> {
  const checked = validateDataset(input);
  if (!checked.ok) return checked;
  const applied = await applyDataset(checked.value, source, validators);
  return applied.ok ? ok(checked.value) : applied;
}
