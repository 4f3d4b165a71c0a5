import { browser } from 'wxt/browser';
import { askTab } from '../platform/askTab';

const DIRECTIONS = { 'focus-next-mention': 'next', 'focus-previous-mention': 'previous' } as const;

/**
 * Runs a keyboard shortcut (a manifest `commands` entry) in the active tab: its content script
 * moves the focus to the next or previous mention, which opens that mention's card. A tab
 * without our content script (a browser page) has nobody to answer, so nothing happens there.
 */
export async function handleCommand(command: string): Promise<void> {
  const direction = DIRECTIONS[command as keyof typeof DIRECTIONS];
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!direction || tab?.id === undefined) return;
  await askTab('focusMention', direction, tab.id).catch(() => undefined);
}
