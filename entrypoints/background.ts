import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showActorCount, watchBadgeSetting } from '../utils/badge';
import { handleCommand } from '../utils/commands';
import { watchAutoRefresh } from '../utils/dataset/refresh';
import { revokeReplacedHostPermissions } from '../utils/dataset/revokeHostPermission';
import { onMessage } from '../utils/messages';
import { serveActiveCast } from '../utils/story/serveActiveCast';

/**
 * Wires the background: the validated cast of the enabled stories to the tabs that ask for it, keyboard shortcuts
 * to the active tab, actor counts to the badge, and the daily data refresh (an alarm) when the
 * reader switched it on; a data URL's host permission is given back when the URL is replaced. Everything is registered synchronously, so a message that wakes a
 * sleeping service worker finds its handler.
 */
export default defineBackground(() => {
  serveActiveCast();
  browser.commands.onCommand.addListener(handleCommand);
  // Headless browsers do not deliver shortcuts to extensions; end-to-end tests run the same
  // handler from the extension's own worker scope, which web pages cannot reach.
  Object.assign(globalThis, { dramatisHandleCommand: handleCommand });
  onMessage('reportActorCount', ({ data, sender }) => {
    if (sender.tab?.id !== undefined)
      void showActorCount(sender.tab.id, data).catch(() => undefined);
  });
  watchBadgeSetting();
  watchAutoRefresh();
  revokeReplacedHostPermissions();
});
