import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadActiveDataset } from '../../utils/dataset/activeDataset';
import { bundledDataset } from '../../utils/dataset/bundled';
import { prepareCandidate } from '../../utils/dataset/candidate';
import { datasetFileName, datasetFileText } from '../../utils/dataset/exportDataset';
import type { Dataset } from '../../utils/dataset/schema';
import {
  applyDataset,
  readDataState,
  resetToBundled,
  storageProblem,
  undoDataset,
} from '../../utils/dataset/store';
import { validateDataset } from '../../utils/dataset/validate';
import { datasetItem, urlValidatorsItem } from '../../utils/storage';

const bundled = bundledDataset();
const named = (title: string): Dataset => ({ ...structuredClone(bundled), title });
const FILE = { kind: 'file' as const, name: 'next.json' };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('applying a dataset', () => {
  it('stores the dataset, its source and the previous one in a single storage write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const changes = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(changes);
    expect(await applyDataset(named('Next'), FILE, null, 1_000)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([
      'dataset',
      'datasetSource',
      'previousDataset',
      'urlValidators',
    ]);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(await readDataState()).toEqual({
      dataset: named('Next'),
      source: { ...FILE, appliedAt: 1_000 },
      previous: { dataset: null, source: null },
    });
    expect((await loadActiveDataset()).dataset.title).toBe('Next');
  });

  it('keeps what it replaces for undo', async () => {
    await applyDataset(named('First'), FILE, null, 1);
    await applyDataset(named('Second'), { kind: 'paste', name: '' }, null, 2);
    expect((await readDataState()).previous).toEqual({
      dataset: named('First'),
      source: { ...FILE, appliedAt: 1 },
    });
  });

  it('changes nothing and says why when the storage quota is full', async () => {
    await applyDataset(named('First'), FILE);
    const before = await readDataState();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await applyDataset(named('Second'), FILE)).toEqual({
      ok: false,
      error: [{ key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] }],
    });
    expect(await readDataState()).toEqual(before);
  });

  it('stores the URL validators of a fetched dataset, and clears them for a file', async () => {
    const validators = { url: 'https://example.org/a.json', etag: '"1"' };
    await applyDataset(named('From URL'), { kind: 'url', name: validators.url }, validators);
    expect(await urlValidatorsItem.getValue()).toEqual(validators);
    await applyDataset(named('From file'), FILE);
    expect(await urlValidatorsItem.getValue()).toBeNull();
  });

  it('does not offer an invalid stored dataset for undo (it was never in use)', async () => {
    await datasetItem.setValue({ ...named('Broken'), asOf: 'yesterday' });
    expect((await loadActiveDataset()).storedProblems).toBeDefined();
    await applyDataset(named('Fixed'), FILE);
    expect((await readDataState()).previous).toEqual({ dataset: null, source: null });
  });
});

describe('stored data at startup', () => {
  it.each([
    ['a string', 'garbage', '(top level): Invalid type: Expected Object but received "garbage"'],
    [
      'a truncated object',
      { schemaVersion: 1, title: 'Half' },
      'version: Invalid key: Expected "version" but received undefined',
    ],
  ])('reports %s and uses the bundled data meanwhile', async (_what, stored, problem) => {
    await fakeBrowser.storage.local.set({ dataset: stored });
    const active = await loadActiveDataset();
    expect(active.dataset).toEqual(bundled);
    expect(active.source).toBe('bundled');
    expect(active.storedProblems).toContain(problem);
    // Nothing is deleted: the reader sees the problems, and may reset or import.
    expect(await datasetItem.getValue()).toEqual(stored);
  });
});

describe('undo and reset', () => {
  it('undo restores the previous dataset, and undo again redoes', async () => {
    await applyDataset(named('First'), FILE, null, 1);
    await applyDataset(named('Second'), FILE, null, 2);
    expect(await undoDataset()).toMatchObject({ ok: true });
    expect((await loadActiveDataset()).dataset.title).toBe('First');
    expect((await readDataState()).source?.appliedAt).toBe(1);
    expect(await undoDataset()).toMatchObject({ ok: true });
    expect((await loadActiveDataset()).dataset.title).toBe('Second');
  });

  it('undo after the first import goes back to the bundled data', async () => {
    await applyDataset(named('First'), FILE);
    await undoDataset();
    expect(await loadActiveDataset()).toEqual({ dataset: bundled, source: 'bundled' });
  });

  it('has nothing to undo on a fresh install', async () => {
    expect(await undoDataset()).toEqual({ ok: false, error: [{ key: 'undoNothing' }] });
  });

  it('reset goes back to the bundled data, and undo brings the import back', async () => {
    await applyDataset(named('Imported'), FILE);
    await resetToBundled();
    expect((await loadActiveDataset()).source).toBe('bundled');
    expect((await readDataState()).source).toBeNull();
    await undoDataset();
    expect((await loadActiveDataset()).dataset.title).toBe('Imported');
  });

  it('reports a failed write and keeps the data', async () => {
    await applyDataset(named('Imported'), FILE);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    expect(await resetToBundled()).toEqual({
      ok: false,
      error: [{ key: 'storageFailed', subs: ['IO error'] }],
    });
    expect((await loadActiveDataset()).dataset.title).toBe('Imported');
  });
});

describe('prepareCandidate', () => {
  it('validates and diffs against the data in use, storing nothing', async () => {
    const next = named('Next');
    next.actors = next.actors.slice(1);
    next.delegations = next.delegations.map((d) => ({
      ...d,
      members: d.members.filter((m) => m.actor !== bundled.actors[0]!.id),
    }));
    const candidate = prepareCandidate(JSON.stringify(next), bundled, FILE);
    expect(candidate.ok).toBe(true);
    if (!candidate.ok) return;
    expect(candidate.value.diff?.actors.removed.map((a) => a.id)).toEqual([bundled.actors[0]!.id]);
    expect(candidate.value.source).toEqual(FILE);
    expect(await datasetItem.getValue()).toBeNull();
  });
});

describe('storageProblem', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'storageFull'],
    ['Resource::kQuotaBytes quota exceeded', 'storageFull'],
    ['Something else', 'storageFailed'],
  ])('%s → %s', (message, key) => {
    expect(storageProblem(new Error(message))).toEqual({ key, subs: [message] });
  });
});

describe('export', () => {
  it('writes the dataset as a data file that validates again', () => {
    const text = datasetFileText(bundled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(validateDataset(text)).toEqual({ ok: true, value: bundled });
  });

  it('names the file after the title and version', () => {
    expect(datasetFileName({ ...bundled, title: 'Gespräche in Genf / Ü', version: '2.1' })).toBe(
      'gesprache-in-genf-u-2-1.json',
    );
    expect(datasetFileName({ ...bundled, title: '<>', version: '…' })).toBe('dramatis-data.json');
  });
});
