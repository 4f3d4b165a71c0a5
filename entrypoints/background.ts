import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showActorCount, watchBadgeSetting } from '../utils/background/badge';
import { handleCommand } from '../utils/background/commands';
import { exposeTestHooks } from '../utils/background/exposeTestHooks';
import { watchAutoRefresh } from '../utils/background/refreshSchedule';
import { revokeReplacedHostPermissions } from '../utils/platform/update/revokeHostPermission';
import { onMessage } from '../utils/platform/messages';
import { migrateLegacyStorage } from '../utils/background/migrateLegacyStorage';
import { serveActiveCast } from '../utils/background/serveActiveCast';

/**
 * Wires the background: the old single-dataset storage migrated into installed stories, then
 * the validated cast of the enabled stories to the tabs that ask for it; keyboard shortcuts to
 * the active tab, actor counts to the badge, and the daily refresh (an alarm) of every story
 * whose refresh is on; a host permission is given back when no story's refresh URL needs it.
 * Everything is registered synchronously, so a message that wakes a sleeping service worker
 * finds its handler.
 */
export default defineBackground(() => {
  // The old single-dataset storage becomes an installed story before any tab is answered.
  serveActiveCast(migrateLegacyStorage());
  browser.commands.onCommand.addListener(handleCommand);
  // The test build only: the shipped one compiles this branch away.
  if (import.meta.env.MODE === 'e2e') exposeTestHooks();
  onMessage('reportActorCount', ({ data, sender }) => {
    if (sender.tab?.id !== undefined)
      void showActorCount(sender.tab.id, data).catch(() => undefined);
  });
  watchBadgeSetting();
  watchAutoRefresh();
  revokeReplacedHostPermissions();
});
