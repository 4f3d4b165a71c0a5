import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { storiesItem } from '../../utils/platform/storage';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { migrateLegacyStorage } from '../../utils/background/migrateLegacyStorage';
import { installedStories } from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';
import { english } from '../support/problemTexts';

const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
const ID = bundled.story.id;
const URL_ = 'https://data.example.org/actors.json';
const SOURCE = { kind: 'url' as const, name: URL_, appliedAt: 7 };
const VALIDATORS = { url: URL_, etag: '"v1"' };
const STATUS = { at: 9, url: URL_, outcome: 'unchanged' as const };

/** A version 2 file, as imported before stories: no `story`, one actor fewer than bundled. */
function versionTwo(title: string): Record<string, unknown> {
  const rest: Omit<Dataset, 'story'> & { story?: unknown } = structuredClone(bundled);
  delete rest.story;
  const dropped = bundled.story.core[0]!;
  return {
    ...rest,
    schemaVersion: 2,
    title,
    actors: rest.actors.filter((a) => a.id !== dropped),
    delegations: rest.delegations
      .map((d) => ({ ...d, members: d.members.filter((m) => m.actor !== dropped) }))
      .filter((d) => d.members.length),
  };
}

const legacyKeys = async () => [
  ...Object.keys(await fakeBrowser.storage.local.get(null)),
  ...Object.keys(await fakeBrowser.storage.sync.get(null)),
];

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('migrating the single-dataset storage into stories', () => {
  it('does nothing when there is nothing old', async () => {
    expect(await migrateLegacyStorage()).toEqual({ ok: true, value: false });
    expect(await legacyKeys()).toEqual([]);
  });

  it('makes an old version 2 import the imported version of the first bundled story', async () => {
    const old = versionTwo('Old import');
    await fakeBrowser.storage.local.set({
      dataset: old,
      datasetSource: SOURCE,
      previousDataset: { dataset: null, source: null },
      urlValidators: VALIDATORS,
      refreshStatus: STATUS,
    });
    await fakeBrowser.storage.sync.set({ autoRefresh: { enabled: true, url: URL_ } });
    expect(await migrateLegacyStorage()).toEqual({ ok: true, value: true });
    const stored = await storiesItem.getValue();
    expect(Object.keys(stored)).toEqual([ID]);
    const entry = stored[ID]!;
    expect(entry).toMatchObject({
      source: SOURCE,
      previous: { dataset: null, source: null },
      validators: VALIDATORS,
      refresh: { enabled: true, url: URL_ },
      refreshStatus: STATUS,
      enabled: true,
      installedAt: 7,
    });
    // It tells the bundled story: its keywords, and the core actors it holds.
    const story = (entry.dataset as Dataset).story;
    expect(story.id).toBe(ID);
    expect(story.keywords).toEqual(bundled.story.keywords);
    expect(story.core).toEqual(bundled.story.core.slice(1));
    const checked = checkDataset(entry.dataset);
    expect(checked.ok).toBe(true);
    const [view] = installedStories(stored);
    expect(view).toMatchObject({ id: ID, canUndo: true, source: SOURCE });
    expect(view!.dataset!.title).toBe('Old import');
    expect(view!.storedProblems).toBeUndefined();
    // The old items are gone.
    expect(await legacyKeys()).toEqual(['stories']);
  });

  it('keeps the own story of a version 3 file, under its id', async () => {
    await fakeBrowser.storage.local.set({ dataset: summitStory, datasetSource: SOURCE });
    await migrateLegacyStorage();
    const stored = await storiesItem.getValue();
    expect(Object.keys(stored)).toEqual([summitStory.story.id]);
    expect(stored[summitStory.story.id]!.dataset).toEqual(summitStory);
    expect(installedStories(stored).map((v) => v.id)).toEqual([
      ID,
      alaska.story.id,
      summitStory.story.id,
    ]);
  });

  it('moves the old undo, in the story’s terms', async () => {
    await fakeBrowser.storage.local.set({
      dataset: null,
      previousDataset: { dataset: versionTwo('Undone'), source: SOURCE },
    });
    await migrateLegacyStorage();
    const [view] = installedStories(await storiesItem.getValue());
    expect(view).toMatchObject({ dataset: bundled, canUndo: true });
    expect(view!.undoRestores).toEqual({ title: 'Undone', version: bundled.version });
  });

  it('moves a daily refresh set over the bundled data', async () => {
    await fakeBrowser.storage.sync.set({ autoRefresh: { enabled: false, url: URL_ } });
    await migrateLegacyStorage();
    expect((await storiesItem.getValue())[ID]).toMatchObject({
      dataset: null,
      refresh: { enabled: false, url: URL_ },
    });
    expect(await legacyKeys()).toEqual(['stories']);
  });

  it('loses nothing of a stored file that no longer validates: moved, and reported', async () => {
    const broken = { ...versionTwo('Broken'), asOf: 'yesterday' };
    await fakeBrowser.storage.local.set({ dataset: broken });
    await migrateLegacyStorage();
    const stored = await storiesItem.getValue();
    expect((stored[ID]!.dataset as unknown as { asOf: string }).asOf).toBe('yesterday');
    const [view] = installedStories(stored);
    expect(view!.dataset).toEqual(bundled);
    expect(english(view!.storedProblems ?? [])).toContainEqual(expect.stringMatching(/^asOf/));
  });

  it('is idempotent: run again, it changes nothing', async () => {
    await fakeBrowser.storage.local.set({ dataset: versionTwo('Old'), datasetSource: SOURCE });
    await migrateLegacyStorage();
    const once = await storiesItem.getValue();
    expect(await migrateLegacyStorage()).toEqual({ ok: true, value: false });
    expect(await storiesItem.getValue()).toEqual(once);
  });

  it('keeps the old items when it cannot write the stories, and says why', async () => {
    await fakeBrowser.storage.local.set({ dataset: versionTwo('Old') });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await migrateLegacyStorage()).toEqual({
      ok: false,
      error: [{ message: { key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] } }],
    });
    expect(await legacyKeys()).toEqual(['dataset']);
    vi.restoreAllMocks();
    expect((await migrateLegacyStorage()).ok).toBe(true);
    expect(await legacyKeys()).toEqual(['stories']);
  });
});
