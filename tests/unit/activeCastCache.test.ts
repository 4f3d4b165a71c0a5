import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkDataset } from '../../utils/shared/dataset/checkDataset';
import { fingerprint } from '../../utils/shared/dataset/fingerprint';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { withDerivedNames } from '../../utils/shared/dataset/withDerivedNames';
import { storiesItem } from '../../utils/platform/storage';
import { castOf, loadActiveCast } from '../../utils/platform/stories/activeCast';
import {
  cacheActiveCast,
  type ActiveCastCache,
} from '../../utils/platform/stories/activeCastCache';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { mergeStories } from '../../utils/shared/story/cast';
import { activeCastAnswer } from '../../utils/background/serveActiveCast';
import { applyStory, resetStory, setStoryEnabled } from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';

const [bundled, alaska] = bundledStories() as [Dataset, Dataset];
const ID = bundled.story.id;
const ALASKA = alaska.story.id;
const SUMMIT = summitStory.story.id;
const named = (title: string): Dataset => ({ ...structuredClone(bundled), title });
/** The merged title while the Istanbul story (titled `title`) and the bundled Alaska story are on. */
const withAlaska = (title: string) => `${title} + ${alaska.title}`;
const FILE = { kind: 'file' as const, name: 'next.json' };
const BROKEN = { ...named('Broken'), asOf: 'yesterday' };
const heardNow = async () => fingerprint(await storiesItem.getValue());

let cache: ActiveCastCache;
/** Every validation of a stored file the cache runs (the real one, counted). */
const check = vi.fn(checkDataset);

/** Starts a cache, as the background does when it starts. */
const start = () => (cache = cacheActiveCast({ check }));
const title = async (heard?: string) => (await cache.get(heard)).dataset?.title;

beforeEach(() => {
  fakeBrowser.reset();
  check.mockClear();
});

afterEach(() => {
  cache?.stop();
  vi.restoreAllMocks();
});

describe('the background cache of the cast', () => {
  it('serves the bundled stories, with their derived spellings, validating nothing', async () => {
    start();
    const cast = await cache.get();
    expect(cast.stories.map((s) => [s.id, s.bundled])).toEqual([
      [ID, true],
      [ALASKA, true],
    ]);
    expect(cast.dataset).toEqual(
      withDerivedNames(mergeStories([bundled, alaska], new Set([ID, ALASKA])).dataset!),
    );
    expect(check).not.toHaveBeenCalled();
  });

  it('validates a stored file once, however many tabs ask', async () => {
    await applyStory(named('Imported'), FILE);
    start();
    const answers = await Promise.all([cache.get(), cache.get(), cache.get()]);
    await cache.get();
    expect(check).toHaveBeenCalledTimes(1);
    expect(answers.map((a) => a.dataset?.title)).toEqual(Array(3).fill(withAlaska('Imported')));
  });

  it('merges the enabled stories, and validates only the story that changed', async () => {
    await applyStory(summitStory, FILE);
    start();
    expect((await cache.get()).stories.map((s) => s.id)).toEqual([ID, ALASKA, SUMMIT]);
    expect(check).toHaveBeenCalledTimes(1);
    await setStoryEnabled(ID, false);
    const cast = await cache.get();
    expect(cast.stories.map((s) => s.id)).toEqual([ALASKA, SUMMIT]);
    // The actors of the stories still on, in order, each once; none only in the Istanbul story.
    const onlyOn = new Set([...alaska.actors, ...summitStory.actors].map((a) => a.id));
    expect(cast.dataset?.actors.map((a) => a.id)).toEqual([...onlyOn]);
    expect(cast.dataset?.actors.map((a) => a.id)).not.toContain('vladimir-medinsky');
    await applyStory(named('Next'), FILE);
    await setStoryEnabled(ID, true);
    expect(await title()).toBe(`${withAlaska('Next')} + Summit fixture`);
    // The summit's file once, the new Istanbul file once.
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('serves no dataset when every story is off', async () => {
    start();
    await setStoryEnabled(ID, false);
    // One bundled story still on still serves a cast.
    expect((await cache.get()).stories.map((s) => s.id)).toEqual([ALASKA]);
    await setStoryEnabled(ALASKA, false);
    expect(await cache.get()).toEqual({ stories: [], dataset: null });
  });

  it('reads storage again for a tab that heard of a value the cache does not hold yet', async () => {
    start();
    expect(await title()).toBe(withAlaska(bundled.title));
    // The background has not heard of this change yet (its watch is stopped here); the tab has.
    cache.stop();
    await applyStory(named('Heard'), FILE);
    const heard = await heardNow();
    expect(await title()).toBe(withAlaska(bundled.title));
    expect(await title(heard)).toBe(withAlaska('Heard'));
    expect(await title()).toBe(withAlaska('Heard'));
  });

  it('answers a tab with the value it heard of, even before the background heard of it', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyStory(named('Heard'), FILE);
    expect(await activeCastAnswer(cache, await heardNow())).toMatchObject({
      ok: true,
      value: { dataset: { title: withAlaska('Heard') } },
    });
  });

  it('validates once for all the tabs that heard of the same change', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyStory(named('Heard'), FILE);
    const heard = await heardNow();
    const answers = await Promise.all([cache.get(heard), cache.get(heard), cache.get(heard)]);
    expect(answers.map((a) => a.dataset?.title)).toEqual(Array(3).fill(withAlaska('Heard')));
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('validates nothing until a tab asks', async () => {
    await applyStory(named('Imported'), FILE);
    start();
    expect(check).not.toHaveBeenCalled();
  });

  it('follows a reset to the bundled file', async () => {
    await applyStory(named('Next'), FILE);
    start();
    expect(await title()).toBe(withAlaska('Next'));
    await resetStory(ID);
    expect(await title()).toBe(withAlaska(bundled.title));
  });

  it('serves the bundled file for an invalid stored one, and keeps the stored one', async () => {
    const stored = { [ID]: { ...entry(BROKEN) } };
    await storiesItem.setValue(stored as never);
    start();
    expect(await title()).toBe(withAlaska(bundled.title));
    expect(await storiesItem.getValue()).toEqual(stored);
  });

  it('serves nothing of an imported story whose stored file is invalid', async () => {
    const broken = { ...structuredClone(summitStory), asOf: 'yesterday' };
    await storiesItem.setValue({ [SUMMIT]: entry(broken) } as never);
    start();
    expect((await cache.get()).stories.map((s) => s.id)).toEqual([ID, ALASKA]);
  });

  it('keeps the cast in use when validating a new stored value throws', async () => {
    await applyStory(named('Good'), FILE);
    start();
    expect(await title()).toBe(withAlaska('Good'));
    check.mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await applyStory(named('Hostile'), FILE);
    expect(await title()).toBe(withAlaska('Good'));
  });

  it('keeps no failed read: the next request reads again', async () => {
    await applyStory(named('Imported'), FILE);
    start();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    await expect(cache.get()).rejects.toThrow('IO error');
    expect(await title()).toBe(withAlaska('Imported'));
  });

  it('stops following changes when stopped', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyStory(named('Later'), FILE);
    expect(await title()).toBe(withAlaska(bundled.title));
  });

  it('counts a damaged stored value as nothing stored', () => {
    expect(castOf('garbage').stories.map((s) => s.id)).toEqual([ID, ALASKA]);
    expect(castOf({ [SUMMIT]: 42 }).stories.map((s) => s.id)).toEqual([ID, ALASKA]);
  });
});

describe('the answer to getActiveCast', () => {
  it('is the cast in force', async () => {
    await applyStory(named('Imported'), FILE);
    start();
    expect(await activeCastAnswer(cache)).toEqual({ ok: true, value: await loadActiveCast() });
  });

  it('is the reason when storage cannot be read, as a value', async () => {
    start();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await activeCastAnswer(cache)).toEqual({ ok: false, error: 'IO error' });
  });
});

function entry(dataset: unknown) {
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
