import { storage } from 'wxt/utils/storage';
import { err, ok, type Result } from '../result';
import {
  datasetItem,
  datasetSourceItem,
  previousDatasetItem,
  urlValidatorsItem,
  type DatasetSource,
  type PreviousDataset,
  type Problem,
  type UrlValidators,
} from '../storage';
import { checkDataset } from './checkDataset';
import { storageProblem } from './storageProblem';
import type { Dataset } from './schema';

/*
 * TODO [2026-12-11]: the single-dataset store, kept while the options page still uses it; the
 * stories' store is utils/story/storyStore.ts (issue 14). Delete once nothing imports this.
 */

/** The stored state of the data: what is in use (if imported), where from, and what undo restores. */
export interface DataState {
  /** The imported dataset as stored; `null` when the bundled one is in use. */
  dataset: Dataset | null;
  source: DatasetSource | null;
  previous: PreviousDataset | null;
}

export async function readDataState(): Promise<DataState> {
  const [dataset, source, previous] = await Promise.all([
    datasetItem.getValue(),
    datasetSourceItem.getValue(),
    previousDatasetItem.getValue(),
  ]);
  return { dataset, source, previous };
}

/**
 * Makes `dataset` (already validated) the data in use. Atomic: the dataset, its source, the
 * previous dataset (for undo) and the URL validators are written in one `storage.local.set`, so
 * every tab sees either all of the change or none of it; if the browser refuses the write (a
 * full quota) nothing changes and the reason is returned.
 */
export async function applyDataset(
  dataset: Dataset,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
  now = Date.now(),
): Promise<Result<void, Problem[]>> {
  const current = await readDataState();
  return write({
    dataset,
    source: { ...source, appliedAt: now },
    previous: previousOf(current),
    validators,
  });
}

/**
 * Restores the dataset in use before the last change, and keeps the one it replaces as the
 * new "previous", so a second undo redoes. Validators are left alone: after undoing an
 * automatic update, an unchanged file on the server does not re-apply it.
 */
export async function undoDataset(): Promise<Result<void, Problem[]>> {
  const current = await readDataState();
  if (!current.previous) return err([{ key: 'undoNothing' }]);
  return write({
    dataset: current.previous.dataset,
    source: current.previous.source,
    previous: previousOf(current),
  });
}

/** Goes back to the bundled dataset (undo brings the imported one back). */
export async function resetToBundled(): Promise<Result<void, Problem[]>> {
  const current = await readDataState();
  return write({ dataset: null, source: null, previous: previousOf(current), validators: null });
}

/**
 * What undo should restore once `current` is replaced: the dataset in use now. A stored
 * dataset that is no longer valid was not in use (the bundled one was), so that is kept.
 */
function previousOf(current: DataState): PreviousDataset {
  if (current.dataset === null || !checkDataset(current.dataset).ok) {
    return { dataset: null, source: null };
  }
  return { dataset: current.dataset, source: current.source };
}

async function write(next: {
  dataset: Dataset | null;
  source: DatasetSource | null;
  previous: PreviousDataset;
  /** Left as stored when undefined. */
  validators?: UrlValidators | null;
}): Promise<Result<void, Problem[]>> {
  try {
    await storage.setItems([
      { item: datasetItem, value: next.dataset },
      { item: datasetSourceItem, value: next.source },
      { item: previousDatasetItem, value: next.previous },
      ...(next.validators === undefined
        ? []
        : [{ item: urlValidatorsItem, value: next.validators }]),
    ]);
    return ok(undefined);
  } catch (e) {
    return err([storageProblem(e)]);
  }
}

export { storageProblem } from './storageProblem';
