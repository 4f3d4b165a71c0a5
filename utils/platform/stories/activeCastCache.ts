import { checkDataset } from '../../shared/dataset/checkDataset';
import { fingerprint } from '../../shared/dataset/fingerprint';
import { storiesItem } from '../storage';
import type { InstalledStory } from '../../shared/story/installedStory';
import { castOf, withSpellings } from './activeCast';
import type { Cast } from '../../shared/story/cast';
import { storyInForce, type StoryInForce } from '../../shared/story/storyInForce';

/** The cast in force for one stored value of `local:stories`, and that value's fingerprint. */
interface Held {
  cast: Cast;
  print: string;
}

/** The cast, validated once per stored story, for every tab that asks. */
export interface ActiveCastCache {
  /**
   * The cast in force now (see {@link castOf}); rejects if storage cannot be read. With
   * `heard`, the fingerprint of a stored value a tab heard of: if the cache holds another,
   * storage is read again (the tab's change event may have come before the background's).
   */
  get(heard?: string): Promise<Cast>;
  /** Stops following changes of the stored stories. */
  stop(): void;
}

/** What the cache validates a stored file with; tests count the calls. */
export interface ActiveCastCacheDeps {
  check?: typeof checkDataset;
}

/**
 * Keeps the cast of the background. Validating a stored file costs from ~10 ms (the bundled
 * size) to hundreds (thousands of actors), too much to repeat in every tab on every page load,
 * so it is done here, once per stored file: a change to one story (turned off, replaced) does
 * not validate the others again. The enabled stories are merged and the derived spellings added
 * (`withDerivedNames`) once per stored value. A stored file that is no longer valid is never used
 * and never deleted (its bundled file is served, or nothing for an imported story). A value whose
 * merge throws is not used: the cast held before stays. A failed read is not kept, so the next
 * request reads again. A tab asking after a change names the value it heard of; a cache holding
 * another reads storage again, so whether the background or the tab hears first does not matter.
 */
export function cacheActiveCast(deps: ActiveCastCacheDeps = {}): ActiveCastCache {
  const inForce = inForceOnce(deps.check ?? checkDataset);
  let cached: Promise<Held> | undefined;
  let last: Held | undefined;
  let reloading: Promise<Held> | undefined;
  const hold = (stored: unknown): Held => {
    const print = fingerprint(stored);
    if (last?.print === print) return last;
    try {
      last = { cast: withSpellings(castOf(stored, inForce)), print };
    } catch {
      // Fails closed: the cast held before stays (the bundled stories at first).
      last = { cast: last?.cast ?? withSpellings(castOf({})), print };
    }
    return last;
  };
  const stop = storiesItem.watch((stored) => {
    cached = Promise.resolve(hold(stored));
  });
  const load = (): Promise<Held> => {
    const loading = storiesItem.getValue().then(hold);
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
      return heard === undefined || held.print === heard ? held.cast : (await reload()).cast;
    },
    stop,
  };
}

/**
 * {@link storyInForce} that validates each story's stored file once, until that file changes
 * (compared by fingerprint, since every storage read gives new objects). For the background's
 * cache, and for a page that lists the stories after every change (the options page).
 */
export function inForceOnce(check: typeof checkDataset = checkDataset) {
  const held = new Map<string, { print: string; inForce: StoryInForce }>();
  return (id: string, entry: Pick<InstalledStory, 'dataset'> | undefined): StoryInForce => {
    const print = fingerprint(entry?.dataset ?? null);
    const before = held.get(id);
    if (before?.print === print) return before.inForce;
    const inForce = storyInForce(id, entry, check);
    held.set(id, { print, inForce });
    return inForce;
  };
}
