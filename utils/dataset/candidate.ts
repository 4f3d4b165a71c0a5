import { ok, type Result } from '../result';
import type { DatasetSource, Problem, UrlValidators } from '../storage';
import { diffDatasets, type DatasetDiff } from './diff';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { migratedFrom } from './checkDataset';

/** A validated dataset waiting for the reader to apply it, with what it would change. */
export interface Candidate {
  dataset: Dataset;
  diff: DatasetDiff;
  source: Omit<DatasetSource, 'appliedAt'>;
  /** The schema version the file had, when it was older and migrated on reading it. */
  migratedFrom?: number;
  /** The validators of the response it came in, when it was fetched from a URL. */
  validators: UrlValidators | null;
}

/**
 * Validates a data file (text, or bytes read from a file or a response) and, if it is valid,
 * compares it with the data in use for the preview. Nothing is stored: that is
 * {@link import('./store').applyDataset}'s job, once the reader says "apply".
 */
export function prepareCandidate(
  input: string | Uint8Array,
  current: Dataset,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
): Result<Candidate, Problem[]> {
  const checked = validateDataset(input);
  if (!checked.ok) return checked;
  const diff = diffDatasets(current, checked.value);
  return ok({
    dataset: checked.value,
    diff,
    source,
    validators,
    migratedFrom: migratedFrom(checked.value),
  });
}
