import { storageProblem } from '../../shared/dataset/storageProblem';
import { err, ok, type Result } from '../../shared/result';
import { storiesItem } from '../storage';
import type { InstalledStory } from '../../shared/story/installedStory';
import type { Problem } from '../../shared/problems/Problem';
import { bundledStory } from '../../shared/story/bundledStories';

/*
 * Reading and writing `local:stories`, whole and one change at a time; the operations on a
 * story (apply, undo, reset, …) are in storyStore.ts.
 */

/** The stored stories, by story id (`local:stories`). */
export type Stories = Record<string, InstalledStory>;

/** The entry of a bundled story the reader never changed: enabled, bundled data. */
export const bundledEntry = (): InstalledStory => ({
  dataset: null,
  source: null,
  previous: null,
  validators: null,
  refresh: null,
  refreshStatus: null,
  enabled: true,
  installedAt: 0,
});

/** The entry of the story `id`: stored, or the default of a bundled one; undefined if neither. */
export const entryOf = (stories: Stories, id: string): InstalledStory | undefined =>
  stories[id] ?? (bundledStory(id) ? bundledEntry() : undefined);

/**
 * Reads the installed stories; a storage that cannot be read is a problem, not an exception. A
 * damaged value that is not a record at all counts as nothing stored.
 */
export async function readStories(): Promise<Result<Stories, Problem[]>> {
  try {
    const stored: unknown = await storiesItem.getValue();
    const isRecord = typeof stored === 'object' && stored !== null && !Array.isArray(stored);
    return ok(isRecord ? (stored as Stories) : {});
  } catch (e) {
    return err([storageProblem(e)]);
  }
}

/** Writes run one after the other in this context, so two changes never overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the stored stories: reads them, lets `change` return the next value (or a problem),
 * and writes the whole value in one `storage.local.set`, so every tab sees all of a change or
 * none of it; if the browser refuses the write (a full quota) nothing changes and the reason is
 * returned.
 */
export function updateStories(change: (stories: Stories) => Result<Stories, Problem[]>) {
  const run = queue.then(async (): Promise<Result<void, Problem[]>> => {
    const read = await readStories();
    if (!read.ok) return read;
    const next = change(read.value);
    if (!next.ok) return next;
    try {
      await storiesItem.setValue(next.value);
      return ok(undefined);
    } catch (e) {
      return err([storageProblem(e)]);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Changes the entry of an installed story (a bundled one gets an entry on its first change). */
export function updateStory(
  id: string,
  change: (entry: InstalledStory) => Result<InstalledStory, Problem[]>,
) {
  return updateStories((stories) => {
    const entry = entryOf(stories, id);
    if (!entry) return err([{ message: { key: 'storyNotInstalled', subs: [id] } }]);
    const next = change(entry);
    return next.ok ? ok({ ...stories, [id]: next.value }) : next;
  });
}
