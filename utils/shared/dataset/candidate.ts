import { ok, type Result } from '../result';
import type { DatasetSource, UrlValidators } from '../story/installedStory';
import type { Problem } from '../problems/Problem';
import { diffDatasets, type DatasetDiff } from './diff';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { migratedFrom } from './checkDataset';

/** A validated dataset waiting for the reader to apply it, with what it would change. */
export interface Candidate {
  dataset: Dataset;
  /**
   * What it changes in the installed story with the same `story.id`; `null` when no such story
   * is installed (applying it adds a new story).
   */
  diff: DatasetDiff | null;
  /**
   * True when a story with this id is installed but its stored file is not usable (it no longer
   * validates): applying replaces it, with nothing to compare against.
   */
  replacesUnusable?: boolean;
  source: Omit<DatasetSource, 'appliedAt'>;
  /** The schema version the file had, when it was older and migrated on reading it. */
  migratedFrom?: number;
  /** The validators of the response it came in, when it was fetched from a URL. */
  validators: UrlValidators | null;
}

/**
 * The data a candidate is compared with: one dataset, or a lookup of the installed story's data
 * by the candidate's `story.id` (`null`: no such story installed; `'unusable'`: installed, but its
 * stored file no longer validates).
 */
export type CurrentData = Dataset | null | ((storyId: string) => Dataset | 'unusable' | null);

/**
 * Validates a data file (text, or bytes read from a file or a response) and, if it is valid,
 * compares it with the installed story of the same id for the preview. Nothing is stored: that
 * is the store's job, once the reader says "apply".
 */
export function prepareCandidate(
  input: string | Uint8Array,
  current: CurrentData,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
): Result<Candidate, Problem[]> {
  const checked = validateDataset(input);
  if (!checked.ok) return checked;
  const before = typeof current === 'function' ? current(checked.value.story.id) : current;
  const usable = before === 'unusable' ? null : before;
  return ok({
    dataset: checked.value,
    diff: usable ? diffDatasets(usable, checked.value) : null,
    ...(before === 'unusable' && { replacesUnusable: true }),
    source,
    validators,
    migratedFrom: migratedFrom(checked.value),
  });
}
