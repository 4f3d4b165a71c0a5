import type { Problem } from '../problems/Problem';
import type { Dataset } from '../dataset/schema';
import type {
  AutoRefreshSetting,
  DatasetSource,
  InstalledStory,
  RefreshStatus,
} from './installedStory';
import { bundledStory, bundledStoryIds } from './bundledStories';
import { storedProblem } from '../problems/storedProblem';
import { storyMetaOf, type StoryMeta } from './cast';
import { storyInForce, type StoryInForce } from './storyInForce';

/** One installed story as the options page lists it. */
export interface InstalledView {
  id: string;
  /** The story's meta, from the data in force (for a broken imported story, what is known). */
  meta: StoryMeta;
  /** The data in force: the stored file if valid, else the bundled one; null if neither. */
  dataset: Dataset | null;
  bundled: boolean;
  enabled: boolean;
  /** Where the data in force came from; null: bundled. */
  source: DatasetSource | null;
  canUndo: boolean;
  /** Title and version of what undo restores (the bundled file when it restores that). */
  undoRestores: { title: string; version: string } | null;
  refresh: AutoRefreshSetting | null;
  refreshStatus: RefreshStatus | null;
  /** Why the stored file is not used (it no longer validates); unset when it is used. */
  storedProblems?: Problem[];
  installedAt: number;
}

/**
 * Every installed story, in the order used everywhere: the bundled stories in bundled order
 * (listed whether or not they have an entry), then the imported ones by install time. Each
 * stored file is validated (see {@link storyInForce}); a page that lists them after every change
 * passes `inForceOnce()` (activeCastCache.ts) as `inForce`, to validate each file once.
 */
export function installedStories(
  stories: Record<string, InstalledStory>,
  inForce: (id: string, entry: InstalledStory | undefined) => StoryInForce = storyInForce,
): InstalledView[] {
  return storyOrder(stories).map((id) => viewOf(id, stories[id], inForce));
}

/**
 * The ids of the installed stories in the order used everywhere: the bundled stories in bundled
 * order, then the imported ones by install time (then id).
 */
export function storyOrder(stories: Record<string, InstalledStory>): string[] {
  const bundled = bundledStoryIds();
  const at = (id: string) => stories[id]?.installedAt ?? 0;
  const imported = Object.keys(stories)
    .filter((id) => !bundled.includes(id))
    .sort((a, b) => at(a) - at(b) || (a < b ? -1 : 1));
  return [...bundled, ...imported];
}

function viewOf(
  id: string,
  entry: InstalledStory | undefined,
  decide: (id: string, entry: InstalledStory | undefined) => StoryInForce,
): InstalledView {
  const inForce = decide(id, entry);
  const bundled = bundledStory(id) !== undefined;
  const used = inForce.storedProblems === undefined;
  const previous = entry?.previous ?? null;
  const restores = previous ? (previous.dataset ?? bundledStory(id) ?? null) : null;
  return {
    id,
    meta: inForce.dataset ? storyMetaOf(inForce.dataset, bundled) : brokenMeta(id, entry),
    dataset: inForce.dataset,
    bundled,
    enabled: entry?.enabled ?? true,
    source: used ? (entry?.source ?? null) : null,
    canUndo: restores !== null,
    undoRestores: restores && { title: restores.title, version: restores.version },
    refresh: entry?.refresh ?? null,
    refreshStatus: readStatus(entry?.refreshStatus),
    ...(inForce.storedProblems && { storedProblems: inForce.storedProblems }),
    installedAt: entry?.installedAt ?? 0,
  };
}

/**
 * A stored refresh status with its problems in today's shape: versions before structured
 * problems stored them as text or `{key, subs}` (see storedProblem.ts).
 */
function readStatus(status: RefreshStatus | null | undefined): RefreshStatus | null {
  if (!status) return null;
  const problems: unknown = status.problems;
  return Array.isArray(problems) ? { ...status, problems: problems.map(storedProblem) } : status;
}

/** What can be said of an imported story whose stored file no longer validates. */
function brokenMeta(id: string, entry: InstalledStory | undefined): StoryMeta {
  const raw = entry?.dataset as { title?: unknown; version?: unknown; asOf?: unknown } | null;
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' && value.trim() ? value : fallback;
  const title = text(raw?.title, id);
  return {
    id,
    title: { en: title, de: title },
    summary: { en: '', de: '' },
    period: { from: text(raw?.asOf, '') },
    keywords: {},
    core: [],
    actors: [],
    version: text(raw?.version, ''),
    asOf: text(raw?.asOf, ''),
    bundled: false,
  };
}
