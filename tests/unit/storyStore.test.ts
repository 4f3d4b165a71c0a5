import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { inForceOnce } from '../../utils/platform/stories/activeCastCache';
import { storiesItem } from '../../utils/platform/storage';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import {
  applyStory,
  installedStories,
  readStories,
  removeStory,
  resetStory,
  setStoryEnabled,
  setStoryRefresh,
  undoStory,
} from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';
import { english } from '../support/problemTexts';
import { problemAt } from '../../utils/shared/problems/Problem';

const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
const BUNDLED_ID = bundled.story.id;
const ALASKA = alaska.story.id;
const SUMMIT = summitStory.story.id;
const titled = (data: Dataset, title: string): Dataset => ({ ...structuredClone(data), title });
const FILE = { kind: 'file' as const, name: 'next.json' };
const URL_SOURCE = { kind: 'url' as const, name: 'https://data.example/summit.json' };
const OK = { ok: true, value: undefined };

const stored = async () => storiesItem.getValue();
const views = async () => {
  const read = await readStories();
  if (!read.ok) throw new Error('unreadable');
  return installedStories(read.value);
};
const view = async (id: string) => (await views()).find((v) => v.id === id)!;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stories installed', () => {
  it('lists the bundled stories, enabled and bundled, before anything is stored', async () => {
    const list = await views();
    expect(list.map((v) => [v.id, v.bundled, v.enabled, v.source, v.canUndo])).toEqual(
      bundledStories().map((d) => [d.story.id, true, true, null, false]),
    );
    expect(list[0]!.dataset).toEqual(bundled);
    expect(list[0]!.meta.title).toEqual(bundled.story.title);
    expect(list[0]!.storedProblems).toBeUndefined();
  });

  it('installs a new story beside the bundled ones in one storage write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(
      await applyStory(summitStory, URL_SOURCE, { url: URL_SOURCE.name, etag: '"1"' }, 5),
    ).toEqual(OK);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual(['stories']);
    expect((await stored())[SUMMIT]).toEqual({
      dataset: summitStory,
      source: { ...URL_SOURCE, appliedAt: 5 },
      previous: null,
      validators: { url: URL_SOURCE.name, etag: '"1"' },
      refresh: null,
      refreshStatus: null,
      enabled: true,
      installedAt: 5,
    });
    const summit = await view(SUMMIT);
    expect(summit).toMatchObject({ bundled: false, enabled: true, canUndo: false });
    expect(summit.meta.bundled).toBe(false);
    expect((await views()).map((v) => v.id)).toEqual([BUNDLED_ID, ALASKA, SUMMIT]);
  });

  it('lists imported stories by install time, after the bundled ones', async () => {
    const later = {
      ...structuredClone(summitStory),
      story: { ...summitStory.story, id: 'a-later' },
    };
    await applyStory(later, FILE, null, 20);
    await applyStory(summitStory, FILE, null, 10);
    await applyStory(titled(later, 'again'), FILE, null, 30);
    expect((await views()).map((v) => v.id)).toEqual([BUNDLED_ID, ALASKA, SUMMIT, 'a-later']);
  });
});

describe('replacing and undoing, per story', () => {
  it('replaces the story with the same id, and undo restores the file it replaced', async () => {
    await applyStory(summitStory, FILE, null, 1);
    await applyStory(titled(summitStory, 'Second'), URL_SOURCE, null, 2);
    expect((await view(SUMMIT)).dataset!.title).toBe('Second');
    expect((await view(SUMMIT)).undoRestores).toEqual({ title: 'Summit fixture', version: '7' });
    expect(await undoStory(SUMMIT)).toEqual(OK);
    expect((await view(SUMMIT)).dataset).toEqual(summitStory);
    expect((await view(SUMMIT)).source).toEqual({ ...FILE, appliedAt: 1 });
    // A second undo redoes.
    await undoStory(SUMMIT);
    expect((await view(SUMMIT)).dataset!.title).toBe('Second');
  });

  it('keeps a story off and its refresh setting when a new version of it is applied', async () => {
    await applyStory(summitStory, FILE, null, 1);
    await setStoryEnabled(SUMMIT, false);
    await setStoryRefresh(SUMMIT, { enabled: true, url: URL_SOURCE.name });
    await applyStory(titled(summitStory, 'Second'), URL_SOURCE, null, 2);
    expect(await view(SUMMIT)).toMatchObject({
      enabled: false,
      refresh: { enabled: true, url: URL_SOURCE.name },
      installedAt: 1,
    });
  });

  it('switches the refresh off, in the same write, when a file or pasted text is applied', async () => {
    const setting = { enabled: true, url: URL_SOURCE.name };
    await applyStory(summitStory, URL_SOURCE, null, 1);
    await setStoryRefresh(SUMMIT, setting);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyStory(titled(summitStory, 'Pasted'), { kind: 'paste', name: '' }, null, 2);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await view(SUMMIT)).refresh).toEqual({ ...setting, enabled: false });
    await setStoryRefresh(BUNDLED_ID, setting);
    await resetStory(BUNDLED_ID);
    expect((await view(BUNDLED_ID)).refresh).toEqual({ ...setting, enabled: false });
  });

  it('undoes an import over a bundled story back to the bundled file', async () => {
    await applyStory(titled(bundled, 'Imported'), FILE, null, 1);
    expect((await view(BUNDLED_ID)).dataset!.title).toBe('Imported');
    expect((await view(BUNDLED_ID)).undoRestores).toEqual({
      title: bundled.title,
      version: bundled.version,
    });
    await undoStory(BUNDLED_ID);
    expect(await view(BUNDLED_ID)).toMatchObject({ dataset: bundled, source: null, canUndo: true });
  });

  it('undoes one story without touching another', async () => {
    await applyStory(titled(bundled, 'Imported'), FILE, null, 1);
    await applyStory(summitStory, FILE, null, 2);
    await applyStory(titled(summitStory, 'Second'), FILE, null, 3);
    await undoStory(SUMMIT);
    expect((await view(BUNDLED_ID)).dataset!.title).toBe('Imported');
    expect((await view(SUMMIT)).dataset!.title).toBe('Summit fixture');
  });

  it('has nothing to undo for a story just installed or never changed', async () => {
    await applyStory(summitStory, FILE, null, 1);
    expect(await undoStory(SUMMIT)).toEqual({
      ok: false,
      error: [{ message: { key: 'undoNothing' } }],
    });
    expect(await undoStory(BUNDLED_ID)).toEqual({
      ok: false,
      error: [{ message: { key: 'undoNothing' } }],
    });
    expect(await undoStory('nowhere')).toEqual({
      ok: false,
      error: [{ message: { key: 'storyNotInstalled', subs: ['nowhere'] } }],
    });
  });
});

describe('reset and remove', () => {
  it('resets a bundled story to its bundled file, and undo brings the import back', async () => {
    await applyStory(titled(bundled, 'Imported'), URL_SOURCE, { url: URL_SOURCE.name }, 1);
    expect(await resetStory(BUNDLED_ID)).toEqual(OK);
    expect(await view(BUNDLED_ID)).toMatchObject({ dataset: bundled, source: null });
    expect((await stored())[BUNDLED_ID]!.validators).toBeNull();
    await undoStory(BUNDLED_ID);
    expect((await view(BUNDLED_ID)).dataset!.title).toBe('Imported');
  });

  it('refuses to reset an imported story, which has no bundled file', async () => {
    await applyStory(summitStory, FILE, null, 1);
    expect(await resetStory(SUMMIT)).toEqual({
      ok: false,
      error: [{ message: { key: 'storyNotBundled', subs: [SUMMIT] } }],
    });
    expect((await view(SUMMIT)).dataset).toEqual(summitStory);
  });

  it('removes an imported story, and refuses to remove a bundled one', async () => {
    await applyStory(summitStory, FILE, null, 1);
    expect(await removeStory(SUMMIT)).toEqual(OK);
    expect((await views()).map((v) => v.id)).toEqual([BUNDLED_ID, ALASKA]);
    expect(await stored()).toEqual({});
    for (const id of [BUNDLED_ID, ALASKA]) {
      expect(await removeStory(id)).toEqual({
        ok: false,
        error: [{ message: { key: 'storyIsBundled', subs: [id] } }],
      });
    }
    expect(await stored()).toEqual({});
    expect(await removeStory(SUMMIT)).toEqual({
      ok: false,
      error: [{ message: { key: 'storyNotInstalled', subs: [SUMMIT] } }],
    });
  });
});

describe('on, off and the daily refresh, per story', () => {
  it('turns a bundled story off and on again', async () => {
    expect(await setStoryEnabled(BUNDLED_ID, false)).toEqual(OK);
    expect(await view(BUNDLED_ID)).toMatchObject({ enabled: false, dataset: bundled });
    await setStoryEnabled(BUNDLED_ID, true);
    expect((await view(BUNDLED_ID)).enabled).toBe(true);
  });

  it('keeps a refresh setting per story', async () => {
    await applyStory(summitStory, URL_SOURCE, null, 1);
    const setting = { enabled: true, url: URL_SOURCE.name };
    expect(await setStoryRefresh(SUMMIT, setting)).toEqual(OK);
    expect((await view(SUMMIT)).refresh).toEqual(setting);
    expect((await view(BUNDLED_ID)).refresh).toBeNull();
    await setStoryRefresh(SUMMIT, null);
    expect((await view(SUMMIT)).refresh).toBeNull();
  });
});

describe('a stored story that no longer validates', () => {
  const broken = { ...structuredClone(summitStory), actors: [] } as unknown as Dataset;

  it('reports a bundled story’s broken file and uses its bundled file', async () => {
    const bad = { ...structuredClone(bundled), actors: [] } as unknown as Dataset;
    await storiesItem.setValue({
      [BUNDLED_ID]: { ...storedEntry(bad), source: { ...FILE, appliedAt: 1 } },
    });
    const v = await view(BUNDLED_ID);
    expect(v.dataset).toEqual(bundled);
    expect(v.source).toBeNull();
    expect(english(v.storedProblems ?? [])).toContainEqual(expect.stringMatching(/^actors/));
    // Undo would not bring the broken file back: it was never in force.
    await applyStory(titled(bundled, 'Fixed'), FILE, null, 2);
    await undoStory(BUNDLED_ID);
    expect((await view(BUNDLED_ID)).dataset).toEqual(bundled);
  });

  it('reports an imported story’s broken file and serves nothing for it', async () => {
    await storiesItem.setValue({ [SUMMIT]: storedEntry(broken) });
    const v = await view(SUMMIT);
    expect(v.dataset).toBeNull();
    expect(v.meta.title).toEqual({ en: 'Summit fixture', de: 'Summit fixture' });
    expect(v.storedProblems!.length).toBeGreaterThan(0);
    expect(await removeStory(SUMMIT)).toEqual(OK);
  });

  it('reports a stored file that tells another story', async () => {
    await storiesItem.setValue({ [BUNDLED_ID]: storedEntry(summitStory) });
    const v = await view(BUNDLED_ID);
    expect(v.dataset).toEqual(bundled);
    expect(english(v.storedProblems ?? [])).toEqual([
      `story.id: the stored file tells "${SUMMIT}", not the story "${BUNDLED_ID}"`,
    ]);
  });
});

describe('a refused write', () => {
  it('changes nothing and says the storage is full', async () => {
    await applyStory(summitStory, FILE, null, 1);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await applyStory(titled(summitStory, 'Second'), FILE, null, 2)).toEqual({
      ok: false,
      error: [{ message: { key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] } }],
    });
    vi.restoreAllMocks();
    expect((await view(SUMMIT)).dataset).toEqual(summitStory);
    // The queue goes on after a refused write.
    expect(await setStoryEnabled(SUMMIT, false)).toEqual(OK);
  });

  it('keeps both of two changes made at once', async () => {
    await Promise.all([applyStory(summitStory, FILE, null, 1), setStoryEnabled(BUNDLED_ID, false)]);
    expect((await view(BUNDLED_ID)).enabled).toBe(false);
    expect((await view(SUMMIT)).dataset).toEqual(summitStory);
  });
});

function storedEntry(dataset: Dataset) {
  return {
    dataset,
    source: null,
    previous: null,
    validators: null,
    refresh: null,
    refreshStatus: null,
    enabled: true,
    installedAt: 1,
  };
}

describe('listing the stories after every change', () => {
  it('validates each stored file once with inForceOnce, and again when it changes', async () => {
    await applyStory(summitStory, FILE, null, 1);
    const check = vi.fn(checkDataset);
    const inForce = inForceOnce(check);
    const list = async () => installedStories(await storiesItem.getValue(), inForce);
    expect((await list()).map((v) => v.dataset?.title)).toEqual([
      bundled.title,
      alaska.title,
      'Summit fixture',
    ]);
    await setStoryEnabled(BUNDLED_ID, false);
    expect((await list()).map((v) => v.enabled)).toEqual([false, true, true]);
    expect(check).toHaveBeenCalledTimes(1);
    await applyStory(titled(summitStory, 'Second'), FILE, null, 2);
    expect((await list())[2]!.dataset?.title).toBe('Second');
    expect(check).toHaveBeenCalledTimes(2);
  });
});

describe('a damaged stored value', () => {
  it('counts as nothing stored, and the next change writes a clean record', async () => {
    await fakeBrowser.storage.local.set({ stories: 'garbage' });
    expect(await readStories()).toEqual({ ok: true, value: {} });
    await setStoryEnabled(BUNDLED_ID, false);
    expect(Object.keys(await stored())).toEqual([BUNDLED_ID]);
  });
});

describe('a refresh status stored before problems were structured', () => {
  /** Stores the bundled story's last refresh as failed with these problems, in any shape. */
  const storeFailedRefresh = (problems: unknown[]) =>
    fakeBrowser.storage.local.set({
      stories: {
        [BUNDLED_ID]: {
          dataset: null,
          enabled: true,
          refreshStatus: { at: 1, url: 'https://x.example/a.json', outcome: 'failed', problems },
        },
      },
    });

  it('reads problems stored as text or as {key, subs}, and says them as before', async () => {
    const old = ['asOf: must be a date like "2025-05-14"', { key: 'storageFull', subs: ['QUOTA'] }];
    await storeFailedRefresh(old);
    const problems = (await view(BUNDLED_ID)).refreshStatus?.problems ?? [];
    expect(problems).toEqual([
      { message: { text: 'asOf: must be a date like "2025-05-14"' } },
      { message: { key: 'storageFull', subs: ['QUOTA'] } },
    ]);
    expect(english(problems)).toEqual([
      'asOf: must be a date like "2025-05-14"',
      'The browser’s storage for Dramatis is full, so nothing was saved (QUOTA). Reset to the bundled data or use a smaller file.',
    ]);
  });

  it('keeps problems in today’s shape as they are', async () => {
    const today = [problemAt('asOf', 'problemDate', '2025-05-14')];
    await storeFailedRefresh(today);
    expect((await view(BUNDLED_ID)).refreshStatus?.problems).toEqual(today);
  });
});
