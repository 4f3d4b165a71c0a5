import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { prepareCandidate, type Candidate } from '../../utils/shared/dataset/candidate';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { applyImport } from '../../utils/extension-pages/options/applyImport';
import {
  installedCategories,
  storyEntries,
} from '../../utils/extension-pages/options/storyEntries';
import { switchStoryRefresh } from '../../utils/extension-pages/options/storyRefresh';
import { storiesItem } from '../../utils/platform/storage';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import {
  applyStory,
  installedStories,
  readStories,
  setStoryRefresh,
} from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';
import { english } from '../support/problemTexts';

const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
const ID = bundled.story.id;
const URL_ = 'https://data.example.org/istanbul.json';

const candidate = (data: Dataset, source: Candidate['source']): Candidate => {
  const prepared = prepareCandidate(JSON.stringify(data), null, source);
  if (!prepared.ok) throw new Error(String(prepared.error));
  return prepared.value;
};
const day2 = (): Dataset => ({ ...structuredClone(bundled), title: 'Day 2', version: '2' });
const stored = async () => (await storiesItem.getValue())[ID];

/** The first storage write fails with a full quota; later ones go through. */
const failFirstWrite = () => {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let calls = 0;
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    calls += 1;
    if (calls === 1) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => vi.restoreAllMocks());

describe('applyImport from a URL', () => {
  it('installs the data, then saves the daily refresh for that story', async () => {
    const result = await applyImport(candidate(day2(), { kind: 'url', name: URL_ }), {
      daily: true,
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect((await stored())?.dataset?.title).toBe('Day 2');
    expect((await stored())?.refresh).toEqual({ enabled: true, url: URL_ });
  });

  it('saves no refresh when the data could not be applied', async () => {
    failFirstWrite();
    const result = await applyImport(candidate(day2(), { kind: 'url', name: URL_ }), {
      daily: true,
    });
    expect(result.ok).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it('reports a refresh setting that could not be saved after the data went in', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      calls += 1;
      if (calls === 2) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const result = await applyImport(candidate(day2(), { kind: 'url', name: URL_ }), {
      daily: true,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        notSaved: { message: { key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] } },
      },
    });
    expect((await stored())?.dataset?.title).toBe('Day 2');
    expect((await stored())?.refresh).toBeNull();
  });
});

describe('applyImport from a file or pasted text', () => {
  beforeEach(async () => {
    await applyStory(day2(), { kind: 'url', name: URL_ });
    await setStoryRefresh(ID, { enabled: true, url: URL_ });
  });

  it('installs the data and switches that story’s daily refresh off', async () => {
    const next = { ...day2(), title: 'Day 3' };
    const result = await applyImport(candidate(next, { kind: 'file', name: 'day3.json' }), {
      daily: true,
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect((await stored())?.refresh).toEqual({ enabled: false, url: URL_ });
    expect((await stored())?.dataset?.title).toBe('Day 3');
  });

  it('changes nothing when the write is refused', async () => {
    failFirstWrite();
    const next = { ...day2(), title: 'Day 3' };
    const result = await applyImport(candidate(next, { kind: 'paste', name: '' }), {
      daily: false,
    });
    expect(result.ok).toBe(false);
    expect((await stored())?.refresh).toEqual({ enabled: true, url: URL_ });
    expect((await stored())?.dataset?.title).toBe('Day 2');
  });

  it('leaves other stories’ refresh alone when a new story is installed', async () => {
    const result = await applyImport(candidate(summitStory, { kind: 'file', name: 's.json' }), {
      daily: false,
    });
    expect(result.ok).toBe(true);
    expect((await stored())?.refresh).toEqual({ enabled: true, url: URL_ });
    expect((await storiesItem.getValue())[summitStory.story.id]?.dataset?.story.id).toBe(
      summitStory.story.id,
    );
  });
});

describe('storyEntries', () => {
  const views = async () => {
    const read = await readStories();
    if (!read.ok) throw new Error('unreadable');
    return installedStories(read.value);
  };

  it('lists every bundled story and an imported one with what the rows show', async () => {
    await applyStory(day2(), { kind: 'file', name: 'day2.json' }, null, 10);
    await applyStory(summitStory, { kind: 'paste', name: '' }, null, 20);
    const entries = storyEntries(await views());
    expect(entries.map((e) => [e.id, e.bundled, e.enabled, e.version, e.actors])).toEqual([
      [ID, true, true, '2', bundled.actors.length],
      [alaska.story.id, true, true, alaska.version, alaska.actors.length],
      [summitStory.story.id, false, true, summitStory.version, summitStory.actors.length],
    ]);
    expect(entries[0]!.undoTarget).toEqual({ title: bundled.title, version: bundled.version });
    expect(entries[0]!.source).toMatchObject({ kind: 'file', name: 'day2.json' });
    // The bundled story nothing was imported for: its bundled file, nothing to undo.
    expect(entries[1]!.title).toEqual(alaska.story.title);
    expect(entries[1]!.source).toBeNull();
    expect(entries[1]!.undoTarget).toBeNull();
    expect(entries[2]!.title).toEqual(summitStory.story.title);
  });

  it('shows a broken imported story by what is known, with its problems', async () => {
    await applyStory(summitStory, { kind: 'paste', name: '' }, null, 20);
    const all = await storiesItem.getValue();
    const entry = all[summitStory.story.id]!;
    await storiesItem.setValue({
      ...all,
      [summitStory.story.id]: { ...entry, dataset: { ...entry.dataset!, asOf: 'yesterday' } },
    });
    const entries = storyEntries(await views());
    expect(entries.map((e) => e.id)).toEqual([ID, alaska.story.id, summitStory.story.id]);
    const broken = entries[2]!;
    expect(broken.version).toBeUndefined();
    expect(broken.actors).toBeUndefined();
    expect(english(broken.storedProblems ?? []).join('\n')).toContain('asOf');
  });

  it('collects every installed story’s categories once, the first story’s winning', async () => {
    await applyStory(summitStory, { kind: 'paste', name: '' }, null, 20);
    const categories = installedCategories(await views());
    const ids = categories.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const category of bundled.categories) expect(categories).toContainEqual(category);
    for (const category of summitStory.categories) expect(ids).toContain(category.id);
  });
});

describe('switchStoryRefresh', () => {
  it('switches a story’s daily refresh, keeping its URL', async () => {
    await applyStory(day2(), { kind: 'url', name: URL_ });
    await setStoryRefresh(ID, { enabled: false, url: URL_ });
    expect(await switchStoryRefresh(ID, true)).toEqual({ ok: true, value: undefined });
    expect((await stored())?.refresh).toEqual({ enabled: true, url: URL_ });
  });

  it('refuses a story that has no refresh URL', async () => {
    expect(await switchStoryRefresh(ID, true)).toEqual({
      ok: false,
      error: { message: { key: 'refreshNone' } },
    });
  });
});
