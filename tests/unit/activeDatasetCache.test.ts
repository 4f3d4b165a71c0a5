import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activeDatasetOf } from '../../utils/dataset/activeDataset';
import {
  cacheActiveDataset,
  type ActiveDatasetCache,
} from '../../utils/dataset/activeDatasetCache';
import { bundledDataset } from '../../utils/dataset/bundled';
import { fingerprint } from '../../utils/dataset/fingerprint';
import type { Dataset } from '../../utils/dataset/schema';
import { activeDatasetAnswer } from '../../utils/dataset/serveActiveDataset';
import { applyDataset, resetToBundled } from '../../utils/dataset/store';
import { datasetItem } from '../../utils/storage';

const bundled = bundledDataset();
const named = (title: string): Dataset => ({ ...structuredClone(bundled), title });
const FILE = { kind: 'file' as const, name: 'next.json' };
const BROKEN = { ...named('Broken'), asOf: 'yesterday' };

let cache: ActiveDatasetCache;
/** Every validation the cache runs (the real one, counted). */
const resolve = vi.fn(activeDatasetOf);

/** Starts a cache, as the background does when it starts. */
const start = () => (cache = cacheActiveDataset({ resolve }));

beforeEach(() => {
  fakeBrowser.reset();
  resolve.mockClear();
});

afterEach(() => {
  cache?.stop();
  vi.restoreAllMocks();
});

describe('the background cache of the active dataset', () => {
  it('validates the stored dataset once, however many tabs ask', async () => {
    await applyDataset(named('Imported'), FILE);
    start();
    const answers = await Promise.all([cache.get(), cache.get(), cache.get()]);
    await cache.get();
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(answers.map((a) => [a.source, a.dataset.title])).toEqual([
      ['imported', 'Imported'],
      ['imported', 'Imported'],
      ['imported', 'Imported'],
    ]);
  });

  it('reads storage again for a tab that heard of a value the cache does not hold yet', async () => {
    start();
    expect((await cache.get()).source).toBe('bundled');
    // The background has not heard of this change yet (its watch is stopped here); the tab has.
    cache.stop();
    await applyDataset(named('Heard'), FILE);
    const heard = fingerprint(await datasetItem.getValue());
    expect((await cache.get()).source).toBe('bundled');
    expect(await cache.get(heard)).toMatchObject({
      source: 'imported',
      dataset: { title: 'Heard' },
    });
    expect(await cache.get()).toMatchObject({ dataset: { title: 'Heard' } });
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('answers a tab with the value it heard of, even before the background heard of it', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyDataset(named('Heard'), FILE);
    const heard = fingerprint(await datasetItem.getValue());
    expect(await activeDatasetAnswer(cache, heard)).toMatchObject({
      ok: true,
      value: { title: 'Heard' },
    });
  });

  it('validates once for all the tabs that heard of the same change', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyDataset(named('Heard'), FILE);
    const heard = fingerprint(await datasetItem.getValue());
    const answers = await Promise.all([cache.get(heard), cache.get(heard), cache.get(heard)]);
    expect(answers.map((a) => a.dataset.title)).toEqual(['Heard', 'Heard', 'Heard']);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('validates nothing until a tab asks', async () => {
    await applyDataset(named('Imported'), FILE);
    start();
    expect(resolve).not.toHaveBeenCalled();
  });

  it('validates again when the stored dataset changes, and only then', async () => {
    start();
    expect((await cache.get()).source).toBe('bundled');
    await applyDataset(named('Next'), FILE);
    expect(await cache.get()).toMatchObject({ source: 'imported', dataset: { title: 'Next' } });
    await cache.get();
    expect(resolve).toHaveBeenCalledTimes(2);
    await resetToBundled();
    expect(await cache.get()).toEqual({ dataset: bundled, source: 'bundled' });
    expect(resolve).toHaveBeenCalledTimes(3);
  });

  it('serves the bundled dataset for an invalid stored one, with its problems, and keeps it', async () => {
    await fakeBrowser.storage.local.set({ dataset: BROKEN });
    start();
    const active = await cache.get();
    expect(active.dataset).toEqual(bundled);
    expect(active.source).toBe('bundled');
    expect(active.storedProblems).toEqual([expect.stringMatching(/^asOf: /)]);
    expect(await datasetItem.getValue()).toEqual(BROKEN);
  });

  it('falls back when a change stores an invalid dataset', async () => {
    await applyDataset(named('Good'), FILE);
    start();
    expect((await cache.get()).dataset.title).toBe('Good');
    await datasetItem.setValue(BROKEN);
    const active = await cache.get();
    expect(active).toMatchObject({ dataset: bundled, source: 'bundled' });
    expect(active.storedProblems?.length).toBeGreaterThan(0);
  });

  it('keeps the data in use when validating a new stored value throws, and says why', async () => {
    await applyDataset(named('Good'), FILE);
    start();
    expect((await cache.get()).dataset.title).toBe('Good');
    resolve.mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await datasetItem.setValue(named('Hostile'));
    expect(await cache.get()).toMatchObject({
      dataset: { title: 'Good' },
      source: 'imported',
      storedProblems: [
        '(file): Dramatis could not check this data (Maximum call stack size exceeded), so it is not used',
      ],
    });
  });

  it('keeps no failed read: the next request reads again', async () => {
    await applyDataset(named('Imported'), FILE);
    start();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    await expect(cache.get()).rejects.toThrow('IO error');
    expect((await cache.get()).dataset.title).toBe('Imported');
  });

  it('stops following changes when stopped', async () => {
    start();
    await cache.get();
    cache.stop();
    await applyDataset(named('Later'), FILE);
    expect((await cache.get()).source).toBe('bundled');
    expect(resolve).toHaveBeenCalledTimes(1);
  });
});

describe('the answer to getActiveDataset', () => {
  it('is the dataset in force', async () => {
    await applyDataset(named('Imported'), FILE);
    start();
    expect(await activeDatasetAnswer(cache)).toEqual({ ok: true, value: named('Imported') });
  });

  it('is the reason when storage cannot be read, as a value', async () => {
    start();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await activeDatasetAnswer(cache)).toEqual({ ok: false, error: 'IO error' });
  });
});
