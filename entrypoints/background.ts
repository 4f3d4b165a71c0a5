import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from '../utils/commands';

/** Forwards the keyboard shortcuts to the active tab, whose content script moves the focus. */
export default defineBackground(() => {
  browser.commands.onCommand.addListener(handleCommand);
  // Headless browsers do not deliver shortcuts to extensions; end-to-end tests run the same
  // handler from the extension's own worker scope, which web pages cannot reach.
  Object.assign(globalThis, { dramatisHandleCommand: handleCommand });
});
