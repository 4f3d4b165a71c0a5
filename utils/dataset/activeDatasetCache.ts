import { datasetItem } from '../storage';
import { activeDatasetOf, type ActiveDataset } from './activeDataset';

/** The active dataset, validated once per stored value, for everyone who asks. */
export interface ActiveDatasetCache {
  /** The dataset in force now (see {@link activeDatasetOf}); rejects if storage cannot be read. */
  get(): Promise<ActiveDataset>;
  /** Stops following changes of the stored dataset. */
  stop(): void;
}

/** What the cache validates with; tests count the calls. */
export interface ActiveDatasetCacheDeps {
  resolve?: (stored: unknown) => ActiveDataset;
}

/**
 * Keeps the active dataset of the background. Validating a stored dataset costs from ~10 ms
 * (the bundled size) to hundreds (thousands of actors), too much to repeat in every tab on every
 * page load, so it is done here: at the first request after the background starts, then again
 * only when the stored value changes (`datasetItem.watch`, which hands over the new value).
 * An invalid stored dataset is never used and never deleted: the bundled one is served, with the
 * problems in `storedProblems`. A failed read is not kept, so the next request reads again.
 */
export function cacheActiveDataset(deps: ActiveDatasetCacheDeps = {}): ActiveDatasetCache {
  const resolve = deps.resolve ?? activeDatasetOf;
  let cached: Promise<ActiveDataset> | undefined;
  const stop = datasetItem.watch((stored) => {
    // Replaced within the change event: tabs ask only once they heard of the same change, so
    // their question comes after it (a worker that slept through it reads the new value).
    cached = Promise.resolve(resolve(stored));
  });
  const load = (): Promise<ActiveDataset> => {
    const loading = datasetItem.getValue().then(resolve);
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
    return loading;
  };
  return {
    get: () => (cached ??= load()),
    stop,
  };
}
