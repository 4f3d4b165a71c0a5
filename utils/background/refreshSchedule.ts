import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { storiesItem } from '../platform/storage';
import type { InstalledStory } from '../shared/story/installedStory';
import { refreshAll, refreshedStories, type RefreshDeps } from '../platform/update/refresh';

/** The alarm that runs the daily refresh of every story with one. */
export const REFRESH_ALARM = 'dramatis-refresh';
export const REFRESH_PERIOD_MINUTES = 24 * 60;

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
