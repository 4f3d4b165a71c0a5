import { storage } from 'wxt/utils/storage';
import { migrateDataset } from '../shared/dataset/migrate';
import { storageProblem } from '../shared/dataset/storageProblem';
import type { Dataset, Story } from '../shared/dataset/schema';
import { err, ok, type Result } from '../shared/result';
import {
  autoRefreshItem,
  datasetItem,
  datasetSourceItem,
  previousDatasetItem,
  refreshStatusItem,
  storiesItem,
  urlValidatorsItem,
} from '../platform/storage';
import type { InstalledStory, PreviousDataset } from '../shared/story/installedStory';
import type { Problem } from '../shared/problems/Problem';
import { bundledStories } from '../shared/story/bundledStories';

/** The single-dataset items before stories (issue 14), each read here once and then removed. */
const LEGACY = [
  datasetItem,
  datasetSourceItem,
  previousDatasetItem,
  urlValidatorsItem,
  refreshStatusItem,
  autoRefreshItem,
];

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The story a stored file tells itself (a version 3 file), if it does. */
const ownStory = (raw: unknown): Obj | undefined =>
  isObj(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion >= 3 && isObj(raw.story)
    ? raw.story
    : undefined;

/**
 * Moves the data of the single-dataset storage (`local:dataset`, `local:datasetSource`,
 * `local:previousDataset`, `local:urlValidators`, `local:refreshStatus`, `sync:autoRefresh`)
 * into `local:stories`, then removes the old items. Run once at background start, before the
 * cast is served; idempotent (with no old item left it does nothing). An imported dataset
 * replaced the bundled data, so it becomes the imported version of the first bundled story,
 * with that story's `story` block (keywords, core actors present in the file) when its own file
 * had none; a version 3 file keeps its own story and id. Nothing is lost: a stored file that
 * does not validate is moved as it is, and reported where it is listed. True when it moved data.
 */
export async function migrateLegacyStorage(): Promise<Result<boolean, Problem[]>> {
  try {
    const [dataset, source, previous, validators, refreshStatus, refresh] = await Promise.all([
      datasetItem.getValue(),
      datasetSourceItem.getValue(),
      previousDatasetItem.getValue(),
      urlValidatorsItem.getValue(),
      refreshStatusItem.getValue(),
      autoRefreshItem.getValue(),
    ]);
    const hasRefresh = refresh.url !== '' || refresh.enabled;
    if (!dataset && !source && !previous && !validators && !refreshStatus && !hasRefresh) {
      return ok(false);
    }
    const target = bundledStories()[0]!.story;
    const own = ownStory(dataset);
    const id = typeof own?.id === 'string' ? own.id : target.id;
    const entry: InstalledStory = {
      dataset: dataset && asStory(dataset, target),
      source,
      previous: previousFor(previous, id === target.id, target),
      validators,
      refresh: hasRefresh ? refresh : null,
      refreshStatus,
      enabled: true,
      installedAt: source?.appliedAt ?? 0,
    };
    const stories = await storiesItem.getValue();
    // A migration stopped between this write and the removal below writes the same entry again.
    await storiesItem.setValue({ ...stories, [id]: entry });
    await storage.removeItems(LEGACY);
    return ok(true);
  } catch (e) {
    return err([storageProblem(e)]);
  }
}

/**
 * A stored file as a story file: as it is when it tells its own story (version 3) or is not a
 * file at all; else brought to version 3 and given the story `target` (its core actors limited to
 * those in the file), since it stood for the bundled data.
 */
function asStory(raw: Dataset, target: Story): Dataset {
  if (ownStory(raw) || !isObj(raw)) return raw;
  const migrated = migrateDataset(raw).value as Obj;
  const actors = new Set(
    (Array.isArray(migrated.actors) ? migrated.actors : []).map((a) => (isObj(a) ? a.id : '')),
  );
  const story = { ...target, core: target.core.filter((core) => actors.has(core)) };
  return { ...migrated, story } as Dataset;
}

/** What undo restores, in the story's terms: nothing to restore for a story not bundled. */
function previousFor(
  previous: PreviousDataset | null,
  bundled: boolean,
  target: Story,
): PreviousDataset | null {
  if (!previous) return null;
  if (!previous.dataset) return bundled ? { dataset: null, source: null } : null;
  return { dataset: asStory(previous.dataset, target), source: previous.source };
}
