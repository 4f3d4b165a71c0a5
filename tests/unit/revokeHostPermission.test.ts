import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  revokeHostPermission,
  revokeReplacedHostPermissions,
  unneededPattern,
} from '../../utils/dataset/revokeHostPermission';
import { autoRefreshItem } from '../../utils/storage';

const A = 'https://data.example.org/actors.json';
const A2 = 'https://data.example.org/other.json';
const B = 'https://mirror.example.net/actors.json';

let remove: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  remove = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as never);
});
afterEach(() => vi.restoreAllMocks());

/** Lets the storage watcher run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('unneededPattern', () => {
  it('is the old host when the URL moves to another host or is removed', () => {
    expect(unneededPattern(A, B)).toBe('https://data.example.org/*');
    expect(unneededPattern(A, '')).toBe('https://data.example.org/*');
    expect(unneededPattern(A, undefined)).toBe('https://data.example.org/*');
  });

  it('is nothing when the host stays, or there was no URL', () => {
    expect(unneededPattern(A, A2)).toBeUndefined();
    expect(unneededPattern('', B)).toBeUndefined();
    expect(unneededPattern('not a url', B)).toBeUndefined();
  });
});

describe('revoking host permissions', () => {
  it('removes the old host when the reader replaces or removes the data URL', async () => {
    await autoRefreshItem.setValue({ enabled: true, url: A });
    const stop = revokeReplacedHostPermissions();
    await autoRefreshItem.setValue({ enabled: true, url: A2 });
    await settle();
    expect(remove).not.toHaveBeenCalled();
    await autoRefreshItem.setValue({ enabled: true, url: B });
    await settle();
    expect(remove).toHaveBeenLastCalledWith({ origins: ['https://data.example.org/*'] });
    await autoRefreshItem.setValue({ enabled: false, url: '' });
    await settle();
    expect(remove).toHaveBeenLastCalledWith({ origins: ['https://mirror.example.net/*'] });
    stop();
  });

  it('gives back the permission of a URL that was not applied, unless the refresh uses it', async () => {
    await autoRefreshItem.setValue({ enabled: true, url: A });
    await revokeHostPermission(A2);
    expect(remove).not.toHaveBeenCalled();
    await revokeHostPermission(B);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://mirror.example.net/*'] });
  });
});
