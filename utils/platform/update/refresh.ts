import { browser } from 'wxt/browser';
import type { InstalledStory, RefreshStatus } from '../../shared/story/installedStory';
import type { Problem } from '../../shared/problems/Problem';
import { storyOrder } from '../../shared/story/installedStories';
import { storyInForce } from '../../shared/story/storyInForce';
import { applyStory, entryOf, readStories, recordRefresh } from '../stories/storyStore';
import { diffDatasets } from '../../shared/dataset/diff';
import { checkDatasetUrl, fetchDataset, originPattern } from './fetchDataset';
import { validateDataset } from '../../shared/dataset/validate';

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
    problems: [
      { message: { key: 'unexpectedError', subs: [e instanceof Error ? e.message : String(e)] } },
    ],
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

/** The ids of the stories whose refresh from a URL is switched on, in order. */
export function refreshedStories(stories: Record<string, InstalledStory>): string[] {
  return storyOrder(stories).filter((id) => {
    const refresh = stories[id]?.refresh;
    return !!refresh?.url && refresh.enabled;
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
  if (!allowed)
    return failed([{ message: { key: 'refreshNoPermission', subs: [url.value.host] } }]);
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
      { message: { key: 'refreshOtherStory', subs: [url.value.host, told, current?.title ?? id] } },
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
