import { browser } from 'wxt/browser';
import { showBadgeItem } from './storage';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's V2. */
const action = () => browser.action ?? browser.browserAction;
const badged = new Set<number>();

/**
 * Shows on the toolbar button how many actors a tab names (nothing for none), unless the reader
 * switched the badge off; switching it off clears every badge at once.
 */
export async function showActorCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 && (await showBadgeItem.getValue()) ? String(count) : '';
  if (text) badged.add(tabId);
  else badged.delete(tabId);
  await action().setBadgeBackgroundColor({ tabId, color: '#3b4252' });
  await action().setBadgeText({ tabId, text });
}

/** Clears every badge when the reader switches the badge off. */
export function watchBadgeSetting(): () => void {
  return showBadgeItem.watch((show) => {
    if (show) return;
    for (const tabId of badged)
      void action()
        .setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
    badged.clear();
  });
}
