import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import {
  autoRefreshItem,
  datasetSourceItem,
  refreshStatusItem,
  urlValidatorsItem,
  type Problem,
  type RefreshStatus,
} from '../storage';
import { loadActiveDataset } from './activeDataset';
import { diffDatasets } from './diff';
import { checkDatasetUrl, fetchDataset, originPattern } from './fetchDataset';
import { applyDataset, storageProblem } from './store';
import { validateDataset } from './validate';

/** The alarm that runs the daily refresh. */
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
 * Checks the data URL of the reader's automatic-refresh setting once, now: a conditional GET
 * (ETag / Last-Modified of the response the data in use came from), then, if the server sends
 * a new file, validation and an atomic apply (undo restores what it replaced). A file that is
 * unreachable, refused or identical changes nothing. The outcome is stored for the options page
 * and returned; `null` when there is no URL to check. Fails closed: if anything on the way throws,
 * the data in use stays and the status says what went wrong.
 */
export async function refreshNow(deps: RefreshDeps = {}): Promise<RefreshStatus | null> {
  const { url } = await autoRefreshItem.getValue();
  if (!url) return null;
  const status = await refreshFrom(url, deps).catch((e: unknown): RefreshStatus => ({
    at: (deps.now ?? Date.now)(),
    url,
    outcome: 'failed',
    problems: [{ key: 'unexpectedError', subs: [e instanceof Error ? e.message : String(e)] }],
  }));
  try {
    await refreshStatusItem.setValue(status);
  } catch (e) {
    status.problems = [...(status.problems ?? []), storageProblem(e)];
  }
  return status;
}

async function refreshFrom(urlText: string, deps: RefreshDeps): Promise<RefreshStatus> {
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
  const stored = await urlValidatorsItem.getValue();
  const fetched = await fetchDataset(url.value, {
    fetch: deps.fetch,
    validators: stored?.url === url.value.href ? stored : undefined,
  });
  if (!fetched.ok) return failed([fetched.error]);
  if (fetched.value.kind === 'not-modified') return { at, url: urlText, outcome: 'unchanged' };
  const checked = validateDataset(fetched.value.bytes);
  if (!checked.ok) return failed(checked.error);
  const { dataset: current } = await loadActiveDataset();
  const { validators } = fetched.value;
  if (diffDatasets(current, checked.value).same) {
    await urlValidatorsItem.setValue(validators).catch(() => undefined);
    return { at, url: urlText, outcome: 'unchanged' };
  }
  const source = { kind: 'url' as const, name: url.value.href, automatic: true };
  const applied = await applyDataset(checked.value, source, validators, at);
  if (!applied.ok) return failed(applied.error);
  const { title, version } = checked.value;
  return { at, url: urlText, outcome: 'updated', title, version };
}

/**
 * Keeps the daily alarm in step with the setting: cleared when the refresh is off; created when
 * it is on and missing (browsers may drop alarms on restart), due a day after the last check,
 * or after the data was fetched from the URL, so a restart neither skips nor repeats a check.
 */
export async function scheduleRefresh(now = Date.now()): Promise<void> {
  const { enabled, url } = await autoRefreshItem.getValue();
  if (!enabled || !url) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  const [status, source] = await Promise.all([
    refreshStatusItem.getValue(),
    datasetSourceItem.getValue(),
  ]);
  const last = Math.max(
    status?.url === url ? status.at : 0,
    source?.kind === 'url' && source.name === url ? source.appliedAt : 0,
  );
  const since = last ? (now - last) / 60_000 : 0;
  browser.alarms.create(REFRESH_ALARM, {
    delayInMinutes: Math.max(1, REFRESH_PERIOD_MINUTES - since),
    periodInMinutes: REFRESH_PERIOD_MINUTES,
  });
}

/** Wires the daily refresh in the background: the alarm's handler and the setting's watcher. */
export function watchAutoRefresh(deps: RefreshDeps = {}): () => void {
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshNow(deps).catch(() => undefined);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void scheduleRefresh().catch(() => undefined);
  const unwatch = autoRefreshItem.watch(() => void scheduleRefresh().catch(() => undefined));
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
  };
}
