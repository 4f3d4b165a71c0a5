import type { Dataset } from './schema';
import { checkDataset } from './checkDataset';
import { err, ok, type Result } from '../result';
import { parseJson } from './parseJson';

/**
 * Validates a candidate dataset, given as JSON text or as an already parsed value, before
 * anything is stored. On failure it lists every problem a data author needs to fix, each with
 * the path of the value at fault (`actors[12].names[0]: …`), so one round of edits is enough.
 */
export function validateDataset(input: unknown): Result<Dataset, string[]> {
  const parsed = typeof input === 'string' ? parseJson(input) : ok(input);
  return parsed.ok ? checkDataset(parsed.value) : err([parsed.error]);
}
