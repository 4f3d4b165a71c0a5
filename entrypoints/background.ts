import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendMessage } from '../utils/messages';

const DIRECTIONS = { 'focus-next-mention': 'next', 'focus-previous-mention': 'previous' } as const;

/** Forwards the keyboard shortcuts to the active tab, whose content script moves the focus. */
export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    const direction = DIRECTIONS[command as keyof typeof DIRECTIONS];
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!direction || tab?.id === undefined) return;
    // A tab without our content script (a browser page) has nobody to answer: nothing to do.
    await sendMessage('focusMention', direction, tab.id).catch(() => undefined);
  });
});
