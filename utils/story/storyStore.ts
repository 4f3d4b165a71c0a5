import { storageProblem } from '../dataset/storageProblem';
import type { Dataset } from '../dataset/schema';
import { err, ok, type Result } from '../result';
import {
  storiesItem,
  type AutoRefreshSetting,
  type DatasetSource,
  type InstalledStory,
  type PreviousDataset,
  type Problem,
  type UrlValidators,
} from '../storage';
import { bundledStory } from './bundledStories';
import { storyInForce } from './storyInForce';

export { installedStories, type InstalledView } from './installedStories';

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
function update(change: (stories: Stories) => Result<Stories, Problem[]>) {
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
function updateStory(
  id: string,
  change: (entry: InstalledStory) => Result<InstalledStory, Problem[]>,
) {
  return update((stories) => {
    const entry = entryOf(stories, id);
    if (!entry) return err([{ key: 'storyNotInstalled', subs: [id] }]);
    const next = change(entry);
    return next.ok ? ok({ ...stories, [id]: next.value }) : next;
  });
}

/**
 * What undo should restore once the story's data is replaced: the data in force now. A stored
 * file that is no longer valid was not in force (the bundled one was, or none), so it is not kept.
 * Nothing for a story that was not installed, or an imported story whose file is broken.
 */
function previousOf(id: string, entry: InstalledStory | undefined): PreviousDataset | null {
  if (!entry) return null;
  const inForce = storyInForce(id, entry);
  if (inForce.dataset === null) return null;
  if (entry.dataset === null || inForce.storedProblems) return { dataset: null, source: null };
  return { dataset: entry.dataset, source: entry.source };
}

/**
 * Installs `dataset` (already validated) as the story it tells: a new story beside the others,
 * or the new data of the installed story with its `story.id` (undo restores the data it
 * replaces). Whether the story is on and its install time are kept; so is its daily refresh,
 * unless the data no longer comes from a URL (a file or pasted text): then the refresh is
 * switched off in the same write, so tomorrow's check does not overwrite what the reader chose.
 */
export function applyStory(
  dataset: Dataset,
  source: Omit<DatasetSource, 'appliedAt'>,
  validators: UrlValidators | null = null,
  now = Date.now(),
): Promise<Result<void, Problem[]>> {
  const id = dataset.story.id;
  return update((stories) => {
    const before = entryOf(stories, id);
    const entry: InstalledStory = {
      ...(before ?? { ...bundledEntry(), installedAt: now }),
      dataset,
      source: { ...source, appliedAt: now },
      previous: previousOf(id, before),
      validators,
    };
    if (source.kind !== 'url') entry.refresh = refreshOff(entry.refresh);
    return ok({ ...stories, [id]: entry });
  });
}

/**
 * Restores the story's data from before its last change, and keeps the data it replaces as the
 * new "previous", so a second undo redoes. Validators are left alone: after undoing an automatic
 * update, an unchanged file on the server does not re-apply it.
 */
export function undoStory(id: string): Promise<Result<void, Problem[]>> {
  return updateStory(id, (entry) => {
    if (!entry.previous) return err([{ key: 'undoNothing' }]);
    const { dataset, source } = entry.previous;
    return ok({ ...entry, dataset, source, previous: previousOf(id, entry) });
  });
}

/**
 * Goes back to the bundled file of a bundled story (undo brings the imported one back); its
 * daily refresh is switched off in the same write (the data no longer comes from the URL).
 */
export function resetStory(id: string): Promise<Result<void, Problem[]>> {
  if (!bundledStory(id)) return Promise.resolve(err([{ key: 'storyNotBundled', subs: [id] }]));
  return updateStory(id, (entry) =>
    ok({
      ...entry,
      dataset: null,
      source: null,
      previous: previousOf(id, entry),
      validators: null,
      refresh: refreshOff(entry.refresh),
    }),
  );
}

/** A refresh setting switched off, its URL kept for the reader to switch it on again. */
const refreshOff = (refresh: AutoRefreshSetting | null): AutoRefreshSetting | null =>
  refresh && { ...refresh, enabled: false };

/** Removes an imported story with everything stored about it (bundled ones are turned off). */
export function removeStory(id: string): Promise<Result<void, Problem[]>> {
  if (bundledStory(id)) return Promise.resolve(err([{ key: 'storyIsBundled', subs: [id] }]));
  return update((stories) => {
    if (!stories[id]) return err([{ key: 'storyNotInstalled', subs: [id] }]);
    const rest = { ...stories };
    delete rest[id];
    return ok(rest);
  });
}

/** Turns a story on or off: off, its cast is neither served to tabs nor highlighted. */
export function setStoryEnabled(id: string, on: boolean): Promise<Result<void, Problem[]>> {
  return updateStory(id, (entry) => ok({ ...entry, enabled: on }));
}

/** Sets (or, with null, removes) the story's daily refresh from a URL. */
export function setStoryRefresh(
  id: string,
  setting: AutoRefreshSetting | null,
): Promise<Result<void, Problem[]>> {
  return updateStory(id, (entry) => ok({ ...entry, refresh: setting }));
}

/**
 * Records what a refresh found (its status, and the validators of an unchanged file) without
 * touching the story's data. For utils/dataset/refresh.ts.
 */
export function recordRefresh(
  id: string,
  patch: Partial<Pick<InstalledStory, 'refreshStatus' | 'validators'>>,
): Promise<Result<void, Problem[]>> {
  return updateStory(id, (entry) => ok({ ...entry, ...patch }));
}
