import type { Dataset } from './schema';
import { checkDataset } from './checkDataset';
import { decodeDataset, MAX_DATASET_BYTES, tooLargeProblem, utf8Length } from './decode';
import { err, ok, type Result } from '../result';
import { parseJson } from './parseJson';
import type { Problem } from '../problems/Problem';

/**
 * Validates a candidate dataset, given as JSON text, as a file's bytes or as an already parsed
 * value, before anything is stored. On failure it lists every problem a data author needs to
 * fix, each with the path of the value at fault (`actors[12].names[0]`), so one round of
 * edits is enough. Text or bytes over {@link MAX_DATASET_BYTES} are refused unread.
 */
export function validateDataset(input: unknown): Result<Dataset, Problem[]> {
  if (input instanceof Uint8Array) {
    const text = decodeDataset(input);
    return text.ok ? validateDataset(text.value) : text;
  }
  if (typeof input === 'string' && utf8Length(input) > MAX_DATASET_BYTES) {
    return err([tooLargeProblem()]);
  }
  const parsed = typeof input === 'string' ? parseJson(input) : ok(input);
  return parsed.ok ? checkDataset(parsed.value) : err([parsed.error]);
}
