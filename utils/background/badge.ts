import { browser } from 'wxt/browser';
import { browserTranslate } from '../platform/browserI18n';
import { showBadgeItem } from '../platform/storage';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's V2. */
const action = () => browser.action ?? browser.browserAction;
const badged = new Set<number>();

/**
 * Shows on the toolbar button how many actors a tab names (nothing for none), unless the reader
 * switched the badge off; switching it off clears every badge at once. The button's tooltip
 * says what the number counts ("Dramatis: 18 people and institutions named on this page").
 */
export async function showActorCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 && (await showBadgeItem.getValue()) ? String(count) : '';
  if (text) badged.add(tabId);
  else badged.delete(tabId);
  await action().setBadgeBackgroundColor({ tabId, color: '#3b4252' });
  await action().setBadgeText({ tabId, text });
  const title = text ? browserTranslate('badgeTitle', text) : browserTranslate('extName');
  await action().setTitle({ tabId, title });
}

/** Clears every badge when the reader switches the badge off. */
export function watchBadgeSetting(): () => void {
  return showBadgeItem.watch((show) => {
    if (show) return;
    for (const tabId of badged) {
      void action()
        .setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
      void action()
        .setTitle({ tabId, title: browserTranslate('extName') })
        .catch(() => undefined);
    }
    badged.clear();
  });
}
