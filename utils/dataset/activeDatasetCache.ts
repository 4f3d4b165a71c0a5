import { datasetItem } from '../storage';
import { activeDatasetOf, type ActiveDataset } from './activeDataset';
import { bundledDataset } from './bundled';
import { uncheckableProblem } from './checkDataset';
import { fingerprint } from './fingerprint';
import { withDerivedNames } from './withDerivedNames';

/** A validated value and the fingerprint of the stored value it came from. */
interface Held {
  active: ActiveDataset;
  print: string;
}

/** The active dataset, validated once per stored value, for everyone who asks. */
export interface ActiveDatasetCache {
  /**
   * The dataset in force now (see {@link activeDatasetOf}); rejects if storage cannot be read.
   * With `heard`, the fingerprint of a stored value a tab heard of: if the cache holds another,
   * storage is read again (the tab's change event may have come before the background's).
   */
  get(heard?: string): Promise<ActiveDataset>;
  /** Stops following changes of the stored dataset. */
  stop(): void;
}

/** Validates a stored value and adds the spellings the generator derives (issue 15). */
const resolveWithSpellings = (stored: unknown): ActiveDataset => {
  const active = activeDatasetOf(stored);
  return { ...active, dataset: withDerivedNames(active.dataset) };
};

/** What the cache validates with; tests count the calls. */
export interface ActiveDatasetCacheDeps {
  resolve?: (stored: unknown) => ActiveDataset;
}

/**
 * Keeps the active dataset of the background. Validating a stored dataset costs from ~10 ms
 * (the bundled size) to hundreds (thousands of actors), too much to repeat in every tab on every
 * page load, so it is done here: at the first request after the background starts, then again
 * only when the stored value changes (`datasetItem.watch`, which hands over the new value).
 * The derived spellings of every name are added here too (`withDerivedNames`), once per value.
 * An invalid stored dataset is never used and never deleted: the bundled one is served, with the
 * problems in `storedProblems`. A failed read is not kept, so the next request reads again.
 * A tab asking after a change names the value it heard of; a cache holding another reads
 * storage again, so whether the background or the tab hears of a change first does not matter.
 */
export function cacheActiveDataset(deps: ActiveDatasetCacheDeps = {}): ActiveDatasetCache {
  const resolve = deps.resolve ?? resolveWithSpellings;
  let cached: Promise<Held> | undefined;
  let last: Held | undefined;
  let reloading: Promise<Held> | undefined;
  /**
   * Validates a stored value, unless it is the one validated last. Fails closed: a value whose
   * validation throws is not used; the data held before it stays (the bundled one at first).
   */
  const hold = (stored: unknown): Held => {
    const print = fingerprint(stored);
    if (last?.print !== print) last = { active: resolveSafely(stored, last?.active), print };
    return last;
  };
  const resolveSafely = (stored: unknown, before: ActiveDataset | undefined): ActiveDataset => {
    try {
      return resolve(stored);
    } catch (e) {
      const kept = before ?? { dataset: bundledDataset(), source: 'bundled' as const };
      return { ...kept, storedProblems: [uncheckableProblem(e)] };
    }
  };
  const stop = datasetItem.watch((stored) => {
    cached = Promise.resolve(hold(stored));
  });
  const load = (): Promise<Held> => {
    const loading = datasetItem.getValue().then(hold);
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
    return (cached = loading);
  };
  /** One read for all the tabs that heard of a value the cache does not hold. */
  const reload = () => (reloading ??= load().finally(() => (reloading = undefined)));
  return {
    get: async (heard) => {
      const held = await (cached ?? load());
      return heard === undefined || held.print === heard ? held.active : (await reload()).active;
    },
    stop,
  };
}
