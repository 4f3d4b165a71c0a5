import { browser } from 'wxt/browser';
import { storiesItem } from '../storage';
import type { InstalledStory } from '../../shared/story/installedStory';
import { checkDatasetUrl, originPattern } from './fetchDataset';

type Stories = Record<string, InstalledStory>;

/** The host permission pattern a data URL needs, or undefined for no (valid) URL. */
const patternOf = (url: string | undefined): string | undefined => {
  const checked = checkDatasetUrl(url ?? '');
  return checked.ok ? originPattern(checked.value) : undefined;
};

/** The host permissions the stories' refresh URLs need (switched on or not: the URL is kept). */
export function neededPatterns(stories: Stories | null | undefined): Set<string> {
  const needed = new Set<string>();
  for (const entry of Object.values(stories ?? {})) {
    const pattern = patternOf(entry?.refresh?.url);
    if (pattern) needed.add(pattern);
  }
  return needed;
}

/**
 * The host permissions the stories `before` needed and the stories `after` do not (a refresh
 * URL moved to another host or removed, a story removed), for the watcher to give back.
 */
export function unneededPatterns(
  before: Stories | null | undefined,
  after: Stories | null | undefined,
) {
  const still = neededPatterns(after);
  return [...neededPatterns(before)].filter((pattern) => !still.has(pattern));
}

/**
 * Gives back a host permission a URL import asked for, unless a story's daily refresh URL needs
 * it. The reader granted it for that one address; Dramatis keeps no access it does not use.
 */
export async function revokeHostPermission(url: string): Promise<void> {
  const pattern = patternOf(url);
  if (pattern === undefined) return;
  if (neededPatterns(await storiesItem.getValue()).has(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] });
}

/**
 * Wires the revocation in the background: when no story's refresh URL uses a host any more
 * (a URL replaced by one on another host, or removed, or its story removed), that host's
 * permission is removed. Returns the unwatcher.
 */
export function revokeReplacedHostPermissions(): () => void {
  return storiesItem.watch((next, previous) => {
    const origins = unneededPatterns(previous, next);
    if (origins.length) void browser.permissions.remove({ origins }).catch(() => undefined);
  });
}
