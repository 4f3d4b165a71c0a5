import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { storiesItem, type InstalledStory, type Problem, type RefreshStatus } from '../storage';
import { storyOrder } from '../story/installedStories';
import { storyInForce } from '../story/storyInForce';
import { applyStory, entryOf, readStories, recordRefresh } from '../story/storyStore';
import { diffDatasets } from './diff';
import { checkDatasetUrl, fetchDataset, originPattern } from './fetchDataset';
import { validateDataset } from './validate';

/** The alarm that runs the daily refresh of every story with one. */
export const REFRESH_ALARM = 'dramatis-refresh';
export const REFRESH_PERIOD_MINUTES = 24 * 60;
/** At most this many of a refused file's problems are kept in the refresh status. */
const MAX_STORED_PROBLEMS = 20;

export interface RefreshDeps {
  fetch?: typeof fetch;
  now?: () => number;
  /** Whether the extension may read the pattern's host (`permissions.contains`). */
  hasPermission?: (pattern: string) => Promise<boolean>;
}

const hostPermission = (pattern: string) => browser.permissions.contains({ origins: [pattern] });

/**
 * Checks the refresh URL of the story `id` once, now ("check now", and the daily alarm): a
 * conditional GET (ETag / Last-Modified of the response the story's data came from), then, if
 * the server sends a new file of this story, validation and an atomic apply (undo restores what
 * it replaced). A file that is unreachable, refused, of another story or identical changes
 * nothing. The outcome is stored with the story and returned; `null` when the story has no URL.
 * Fails closed: if anything on the way throws, the data in use stays and the status says why.
 */
export async function refreshStoryNow(
  id: string,
  deps: RefreshDeps = {},
): Promise<RefreshStatus | null> {
  const read = await readStories();
  const entry = read.ok ? entryOf(read.value, id) : undefined;
  const url = entry?.refresh?.url;
  if (!entry || !url) return null;
  const status = await refreshFrom(id, entry, url, deps).catch((e: unknown): RefreshStatus => ({
    at: (deps.now ?? Date.now)(),
    url,
    outcome: 'failed',
    problems: [{ key: 'unexpectedError', subs: [e instanceof Error ? e.message : String(e)] }],
  }));
  const recorded = await recordRefresh(id, { refreshStatus: status });
  if (!recorded.ok) status.problems = [...(status.problems ?? []), ...recorded.error];
  return status;
}

/** Refreshes, one after the other, every story whose daily refresh is on; their statuses. */
export async function refreshAll(deps: RefreshDeps = {}): Promise<RefreshStatus[]> {
  const read = await readStories();
  if (!read.ok) return [];
  const statuses: RefreshStatus[] = [];
  for (const id of refreshedStories(read.value)) {
    const status = await refreshStoryNow(id, deps);
    if (status) statuses.push(status);
  }
  return statuses;
}

/**
 * The first story's "check now", for the options page written before stories.
 * @deprecated TODO [2026-12-11]: the options page calls `refreshStoryNow(id)` (issue 14, helper
 * E); delete this when it does.
 */
export async function refreshNow(deps: RefreshDeps = {}): Promise<RefreshStatus | null> {
  const read = await readStories();
  const [first] = read.ok ? refreshedStories(read.value, false) : [];
  return first === undefined ? null : refreshStoryNow(first, deps);
}

/** The ids of the stories with a refresh URL (switched on, unless `onlyOn` is false), in order. */
function refreshedStories(stories: Record<string, InstalledStory>, onlyOn = true): string[] {
  return storyOrder(stories).filter((id) => {
    const refresh = stories[id]?.refresh;
    return !!refresh?.url && (refresh.enabled || !onlyOn);
  });
}

async function refreshFrom(
  id: string,
  entry: InstalledStory,
  urlText: string,
  deps: RefreshDeps,
): Promise<RefreshStatus> {
  const at = (deps.now ?? Date.now)();
  const failed = (problems: Problem[]): RefreshStatus => ({
    at,
    url: urlText,
    outcome: 'failed',
    problems: problems.slice(0, MAX_STORED_PROBLEMS),
  });
  const url = checkDatasetUrl(urlText);
  if (!url.ok) return failed([url.error]);
  const allowed = await (deps.hasPermission ?? hostPermission)(originPattern(url.value)).catch(
    () => false,
  );
  if (!allowed) return failed([{ key: 'refreshNoPermission', subs: [url.value.host] }]);
  const stored = entry.validators;
  const fetched = await fetchDataset(url.value, {
    fetch: deps.fetch,
    validators: stored?.url === url.value.href ? stored : undefined,
  });
  if (!fetched.ok) return failed([fetched.error]);
  if (fetched.value.kind === 'not-modified') return { at, url: urlText, outcome: 'unchanged' };
  const checked = validateDataset(fetched.value.bytes);
  if (!checked.ok) return failed(checked.error);
  const current = storyInForce(id, entry).dataset;
  if (checked.value.story.id !== id) {
    const told = checked.value.title;
    return failed([
      { key: 'refreshOtherStory', subs: [url.value.host, told, current?.title ?? id] },
    ]);
  }
  const { validators } = fetched.value;
  if (current && diffDatasets(current, checked.value).same) {
    await recordRefresh(id, { validators });
    return { at, url: urlText, outcome: 'unchanged' };
  }
  const source = { kind: 'url' as const, name: url.value.href, automatic: true };
  const applied = await applyStory(checked.value, source, validators, at);
  if (!applied.ok) return failed(applied.error);
  const { title, version } = checked.value;
  return { at, url: urlText, outcome: 'updated', title, version };
}

/**
 * Keeps the daily alarm in step with the stories' settings: cleared when no story's refresh is
 * on; created when one is and the alarm is missing (browsers may drop alarms on restart), due a
 * day after the last check (or fetch from the URL) of any of them, so a restart neither skips
 * nor repeats a check. One alarm refreshes every story whose refresh is on.
 */
export async function scheduleRefresh(now = Date.now()): Promise<void> {
  const stories = await storiesItem.getValue();
  const on = refreshedStories(stories);
  if (!on.length) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  const last = Math.max(...on.map((id) => lastCheck(stories[id]!)));
  const since = last ? (now - last) / 60_000 : 0;
  browser.alarms.create(REFRESH_ALARM, {
    delayInMinutes: Math.max(1, REFRESH_PERIOD_MINUTES - since),
    periodInMinutes: REFRESH_PERIOD_MINUTES,
  });
}

/** When the story's refresh URL was last checked, or its data fetched from it (0: never). */
function lastCheck({ refresh, refreshStatus: status, source }: InstalledStory): number {
  const url = refresh?.url;
  return Math.max(
    status && status.url === url ? status.at : 0,
    source?.kind === 'url' && source.name === url ? source.appliedAt : 0,
  );
}

/** Wires the daily refresh in the background: the alarm's handler and the stories' watcher. */
export function watchAutoRefresh(deps: RefreshDeps = {}): () => void {
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll(deps).catch(() => undefined);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void scheduleRefresh().catch(() => undefined);
  const unwatch = storiesItem.watch(() => void scheduleRefresh().catch(() => undefined));
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
  };
}
