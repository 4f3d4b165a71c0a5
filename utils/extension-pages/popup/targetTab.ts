import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks about: the one its address names (`?tab=<id>`, a popup opened in a
 * tab, as the end-to-end tests do) or else the active tab of the current window.
 */
export async function targetTab(search: string): Promise<number | undefined> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
