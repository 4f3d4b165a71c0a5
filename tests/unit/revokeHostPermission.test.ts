import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  revokeHostPermission,
  revokeReplacedHostPermissions,
  unneededPatterns,
} from '../../utils/platform/update/revokeHostPermission';
import { storiesItem } from '../../utils/platform/storage';
import type { InstalledStory } from '../../utils/shared/story/installedStory';
import { bundledStoryIds } from '../../utils/shared/story/bundledStories';
import { applyStory, removeStory, setStoryRefresh } from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';

const A = 'https://data.example.org/actors.json';
const A2 = 'https://data.example.org/other.json';
const B = 'https://mirror.example.net/actors.json';
const ISTANBUL = bundledStoryIds()[0]!;
const SUMMIT = summitStory.story.id;

let remove: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  remove = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as never);
});
afterEach(() => vi.restoreAllMocks());

/** Lets the storage watcher run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Stories whose refresh URLs are the given ones. */
const refreshing = (...urls: string[]): Record<string, InstalledStory> =>
  Object.fromEntries(
    urls.map((url, i) => [`s${i}`, { refresh: { enabled: true, url } } as InstalledStory]),
  );

describe('unneededPatterns', () => {
  it('is the old host when no story’s URL uses it any more', () => {
    expect(unneededPatterns(refreshing(A), refreshing(B))).toEqual(['https://data.example.org/*']);
    expect(unneededPatterns(refreshing(A), refreshing())).toEqual(['https://data.example.org/*']);
    expect(unneededPatterns(refreshing(A), null)).toEqual(['https://data.example.org/*']);
  });

  it('is nothing when the host stays, another story uses it, or there was no URL', () => {
    expect(unneededPatterns(refreshing(A), refreshing(A2))).toEqual([]);
    expect(unneededPatterns(refreshing(A, B), refreshing(B, A2))).toEqual([]);
    expect(unneededPatterns(refreshing(''), refreshing(B))).toEqual([]);
    expect(unneededPatterns(refreshing('not a url'), refreshing(B))).toEqual([]);
  });
});

describe('revoking host permissions', () => {
  it('removes a host when no story’s refresh URL uses it any more', async () => {
    await applyStory(summitStory, { kind: 'url', name: B });
    await setStoryRefresh(ISTANBUL, { enabled: true, url: A });
    await setStoryRefresh(SUMMIT, { enabled: true, url: A2 });
    const stop = revokeReplacedHostPermissions();
    // Istanbul moves to B; the summit still uses data.example.org.
    await setStoryRefresh(ISTANBUL, { enabled: true, url: B });
    await settle();
    expect(remove).not.toHaveBeenCalled();
    await removeStory(SUMMIT);
    await settle();
    expect(remove).toHaveBeenLastCalledWith({ origins: ['https://data.example.org/*'] });
    await setStoryRefresh(ISTANBUL, null);
    await settle();
    expect(remove).toHaveBeenLastCalledWith({ origins: ['https://mirror.example.net/*'] });
    stop();
  });

  it('gives back the permission of a URL that was not applied, unless a refresh uses it', async () => {
    await storiesItem.setValue(refreshing(A));
    await revokeHostPermission(A2);
    expect(remove).not.toHaveBeenCalled();
    await revokeHostPermission(B);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://mirror.example.net/*'] });
  });
});
