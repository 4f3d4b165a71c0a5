import { browser } from 'wxt/browser';
import { autoRefreshItem } from '../storage';
import { checkDatasetUrl, originPattern } from './fetchDataset';

/** The host permission pattern a data URL needs, or undefined for no (valid) URL. */
const patternOf = (url: string | undefined): string | undefined => {
  const checked = checkDatasetUrl(url ?? '');
  return checked.ok ? originPattern(checked.value) : undefined;
};

/**
 * The host permission that `previous` needed and `next` does not (another host, or no URL),
 * for the reader who replaced or removed the data URL; undefined when nothing is to be revoked.
 */
export function unneededPattern(previous: string | undefined, next: string | undefined) {
  const before = patternOf(previous);
  return before !== undefined && before !== patternOf(next) ? before : undefined;
}

/**
 * Gives back a host permission a URL import asked for, unless the daily refresh's URL needs it.
 * The reader granted it for that one address; Dramatis keeps no access it does not use.
 */
export async function revokeHostPermission(url: string): Promise<void> {
  const pattern = patternOf(url);
  if (pattern === undefined) return;
  if (patternOf((await autoRefreshItem.getValue()).url) === pattern) return;
  await browser.permissions.remove({ origins: [pattern] });
}

/**
 * Wires the revocation in the background: when the data URL of the daily refresh is replaced by
 * one on another host, or removed, the old host's permission is removed. Returns the unwatcher.
 */
export function revokeReplacedHostPermissions(): () => void {
  return autoRefreshItem.watch((next, previous) => {
    const pattern = unneededPattern(previous?.url, next?.url);
    if (pattern) void browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
  });
}
