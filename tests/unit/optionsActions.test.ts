import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { prepareCandidate, type Candidate } from '../../utils/shared/dataset/candidate';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { InstalledStory } from '../../utils/shared/story/installedStory';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { storiesItem } from '../../utils/platform/storage';
import {
  applyStory,
  installedStories,
  readStories,
  setStoryRefresh,
} from '../../utils/platform/stories/storyStore';
import { cancelImport, importActions } from '../../utils/extension-pages/options/importActions';
import { currentData } from '../../utils/extension-pages/options/currentData';
import { storyActions } from '../../utils/extension-pages/options/storyActions';
import { summitStory } from '../fixtures/summitStory';
import { stubPermissions } from '../support/permissionStubs';

const [bundled] = bundledStories() as [Dataset, Dataset];
const ID = bundled.story.id;
const SUMMIT = summitStory.story.id;
const URL_ = 'https://data.example.org/istanbul.json';
const ORIGIN = 'https://data.example.org/*';
const day2 = (): Dataset => ({ ...structuredClone(bundled), title: 'Day 2', version: '2' });

const stored = async () => storiesItem.getValue();
const views = async () => {
  const read = await readStories();
  if (!read.ok) throw new Error('unreadable');
  return installedStories(read.value);
};
const candidate = (data: Dataset, source: Candidate['source']): Candidate => {
  const prepared = prepareCandidate(JSON.stringify(data), null, source);
  if (!prepared.ok) throw new Error(String(prepared.error));
  return prepared.value;
};
const answering = (response: () => Response) =>
  vi.fn(async () => response()) as unknown as typeof fetch;

/** Every value of `local:stories` written, in order. */
const storiesWrites = () => {
  const writes: Record<string, InstalledStory>[] = [];
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if ('stories' in items) writes.push(structuredClone(items.stories) as never);
    return set(items);
  });
  return writes;
};

let request: ReturnType<typeof stubPermissions>['request'];
let remove: ReturnType<typeof stubPermissions>['remove'];
beforeEach(() => {
  fakeBrowser.reset();
  ({ request, remove } = stubPermissions());
});
afterEach(() => vi.restoreAllMocks());

describe('storyActions', () => {
  beforeEach(async () => {
    await applyStory(day2(), { kind: 'url', name: URL_ });
    await setStoryRefresh(ID, { enabled: true, url: URL_ });
    await applyStory(summitStory, { kind: 'url', name: URL_ });
    await setStoryRefresh(SUMMIT, { enabled: true, url: URL_ });
  });

  it('switches a story off and on in storage', async () => {
    const actions = storyActions(await stored());
    expect(await actions.onToggle(ID, false)).toEqual({ ok: true, value: undefined });
    expect((await stored())[ID]?.enabled).toBe(false);
    await actions.onToggle(ID, true);
    expect((await stored())[ID]?.enabled).toBe(true);
  });

  it('stops the daily refresh in the same write that resets a story to its bundled file', async () => {
    const writes = storiesWrites();
    expect(await storyActions(await stored()).onReset(ID)).toEqual({ ok: true, value: undefined });
    expect(writes).toHaveLength(1);
    expect(writes[0]![ID]).toMatchObject({
      dataset: null,
      source: null,
      refresh: { enabled: false, url: URL_ },
    });
  });

  it('removes an imported story with its daily refresh in one write', async () => {
    const writes = storiesWrites();
    expect(await storyActions(await stored()).onRemove(SUMMIT)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(writes).toHaveLength(1);
    expect(writes[0]![SUMMIT]).toBeUndefined();
    expect(writes[0]![ID]?.refresh).toEqual({ enabled: true, url: URL_ });
  });

  it('undoes a story’s last change', async () => {
    await storyActions(await stored()).onUndo(ID);
    expect((await stored())[ID]?.dataset).toBeNull();
  });

  it('switches the daily refresh, keeping its URL', async () => {
    const actions = storyActions(await stored());
    expect(await actions.onRefreshToggle(ID, false)).toEqual({ ok: true, value: undefined });
    expect((await stored())[ID]?.refresh).toEqual({ enabled: false, url: URL_ });
  });

  it('exports the stored file of a story, the bundled one of an unchanged story, none else', async () => {
    const download = vi.fn();
    const broken = { ...day2(), asOf: 'yesterday' };
    const actions = storyActions(
      { [ID]: { ...(await stored())[ID]!, dataset: broken } },
      {
        download,
      },
    );
    actions.onExport(ID);
    const [alaska] = bundledStories().slice(1);
    actions.onExport(alaska!.story.id);
    actions.onExport('no-such-story');
    expect(download.mock.calls).toEqual([[broken], [alaska]]);
  });

  it('checks now: a 304 leaves the story as it is and records "unchanged"', async () => {
    const before = (await stored())[ID]!;
    const fetch = answering(() => new Response(null, { status: 304 }));
    const actions = storyActions(await stored(), {
      refresh: { fetch, hasPermission: async () => true, now: () => 42 },
    });
    await actions.onCheckNow(ID);
    expect(fetch).toHaveBeenCalledTimes(1);
    const after = (await stored())[ID]!;
    expect(after.dataset).toEqual(before.dataset);
    expect(after.source).toEqual(before.source);
    expect(after.refreshStatus).toEqual({ at: 42, url: URL_, outcome: 'unchanged' });
  });
});

describe('importActions', () => {
  it('asks for the host permission before anything is awaited (within the click)', async () => {
    const fetch = answering(() => new Response(JSON.stringify(summitStory)));
    const running = importActions(await views(), { fetch }).onPrepareUrl(URL_);
    expect(request).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(fetch).not.toHaveBeenCalled();
    const prepared = await running;
    expect(prepared.ok && prepared.value.source).toEqual({ kind: 'url', name: URL_ });
  });

  it('changes nothing when the reader refuses the permission', async () => {
    request.mockImplementation(async () => false);
    const fetch = answering(() => new Response(JSON.stringify(summitStory)));
    const before = await stored();
    const writes = storiesWrites();
    const prepared = await importActions(await views(), { fetch }).onPrepareUrl(URL_);
    expect(prepared).toEqual({
      ok: false,
      error: [{ message: { key: 'importPermissionDenied', subs: ['data.example.org'] } }],
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(writes).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('compares a file with the installed story of its id', async () => {
    const actions = importActions(await views());
    const same = await actions.onPrepareText(JSON.stringify(bundled));
    expect(same.ok && same.value.diff?.same).toBe(true);
    const file = new File([JSON.stringify(day2())], 'day2.json');
    const next = await actions.onPrepareFile(file);
    expect(next.ok && next.value.diff?.same).toBe(false);
    expect(next.ok && next.value.source).toEqual({ kind: 'file', name: 'day2.json' });
  });

  it('saves the daily refresh only after the data was applied', async () => {
    const writes = storiesWrites();
    const applied = await importActions(await views()).onApply(
      candidate(day2(), { kind: 'url', name: URL_ }),
      { daily: true },
    );
    expect(applied).toEqual({ ok: true, value: {} });
    expect(writes.map((w) => [w[ID]?.dataset?.title, w[ID]?.refresh])).toEqual([
      ['Day 2', null],
      ['Day 2', { enabled: true, url: URL_ }],
    ]);
  });

  it('saves no daily refresh when the data could not be applied', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA exceeded'));
    const applied = await importActions(await views()).onApply(
      candidate(day2(), { kind: 'url', name: URL_ }),
      { daily: true },
    );
    expect(applied.ok).toBe(false);
    expect(await stored()).toEqual({});
  });
});

describe('cancelImport', () => {
  it('gives back the host access asked for a URL’s file', async () => {
    cancelImport(candidate(day2(), { kind: 'url', name: URL_ }));
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: [ORIGIN] }));
  });

  it('keeps the host access a story’s daily refresh needs', async () => {
    await applyStory(summitStory, { kind: 'url', name: URL_ });
    await setStoryRefresh(SUMMIT, { enabled: false, url: 'https://data.example.org/s.json' });
    const getValue = vi.spyOn(storiesItem, 'getValue');
    cancelImport(candidate(day2(), { kind: 'url', name: URL_ }));
    await vi.waitFor(() => expect(getValue).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(remove).not.toHaveBeenCalled();
  });

  it('asks nothing for a file or pasted text, and swallows a failed revocation', async () => {
    cancelImport(candidate(day2(), { kind: 'file', name: 'day2.json' }));
    cancelImport(candidate(day2(), { kind: 'paste', name: '' }));
    expect(remove).not.toHaveBeenCalled();
    remove.mockImplementation(async () => {
      throw new Error('not granted');
    });
    cancelImport(candidate(day2(), { kind: 'url', name: URL_ }));
    await vi.waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
  });
});

describe('currentData', () => {
  it('gives the data in force of an installed story, "unusable" for a broken one, else null', async () => {
    await applyStory(day2(), { kind: 'file', name: 'day2.json' });
    await applyStory(summitStory, { kind: 'paste', name: '' });
    const all = await stored();
    await storiesItem.setValue({
      ...all,
      [SUMMIT]: { ...all[SUMMIT]!, dataset: { ...summitStory, asOf: 'yesterday' } },
    });
    const current = currentData(await views());
    if (typeof current !== 'function') throw new Error('not a lookup');
    expect(current(ID)).toMatchObject({ title: 'Day 2' });
    expect(current(SUMMIT)).toBe('unusable');
    expect(current('no-such-story')).toBeNull();
  });
});
