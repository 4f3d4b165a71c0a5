import type { Dataset } from '../../shared/dataset/schema';
import { err, ok, type Result } from '../../shared/result';
import type {
  AutoRefreshSetting,
  DatasetSource,
  InstalledStory,
  PreviousDataset,
  UrlValidators,
} from '../../shared/story/installedStory';
import type { Problem } from '../../shared/problems/Problem';
import { bundledStory } from '../../shared/story/bundledStories';
import { bundledEntry, entryOf, updateStories, updateStory } from './storedStories';
import { storyInForce } from '../../shared/story/storyInForce';

export { installedStories, type InstalledView } from '../../shared/story/installedStories';
export { bundledEntry, entryOf, readStories, type Stories } from './storedStories';

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
  return updateStories((stories) => {
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
    if (!entry.previous) return err([{ message: { key: 'undoNothing' } }]);
    const { dataset, source } = entry.previous;
    return ok({ ...entry, dataset, source, previous: previousOf(id, entry) });
  });
}

/**
 * Goes back to the bundled file of a bundled story (undo brings the imported one back); its
 * daily refresh is switched off in the same write (the data no longer comes from the URL).
 */
export function resetStory(id: string): Promise<Result<void, Problem[]>> {
  if (!bundledStory(id))
    return Promise.resolve(err([{ message: { key: 'storyNotBundled', subs: [id] } }]));
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
  if (bundledStory(id))
    return Promise.resolve(err([{ message: { key: 'storyIsBundled', subs: [id] } }]));
  return updateStories((stories) => {
    if (!stories[id]) return err([{ message: { key: 'storyNotInstalled', subs: [id] } }]);
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
 * touching the story's data. For utils/platform/update/refresh.ts.
 */
export function recordRefresh(
  id: string,
  patch: Partial<Pick<InstalledStory, 'refreshStatus' | 'validators'>>,
): Promise<Result<void, Problem[]>> {
  return updateStory(id, (entry) => ok({ ...entry, ...patch }));
}
