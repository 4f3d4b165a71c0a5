import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveSetting } from '../../utils/extension-pages/options/saveSetting';
import { loadSettings } from '../../utils/platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => vi.restoreAllMocks());

describe('saveSetting', () => {
  it('saves the setting where the pages read it', async () => {
    expect(await saveSetting('hoverDelay', 900)).toEqual({ ok: true, value: undefined });
    expect(await saveSetting('pausedSites', ['a.example.org'])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await loadSettings()).toMatchObject({ hoverDelay: 900, pausedSites: ['a.example.org'] });
  });

  it('gives a refused write back as a problem: a full quota said so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    expect(await saveSetting('hoverDelay', 900)).toEqual({
      ok: false,
      error: { message: { key: 'storageFull', subs: ['QUOTA_BYTES_PER_ITEM quota exceeded'] } },
    });
    expect((await loadSettings()).hoverDelay).not.toBe(900);
  });

  it('gives any other failure back with its reason', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('IO error'));
    expect(await saveSetting('showBadge', false)).toEqual({
      ok: false,
      error: { message: { key: 'storageFailed', subs: ['IO error'] } },
    });
  });
});
