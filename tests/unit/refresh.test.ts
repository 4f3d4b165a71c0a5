import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadActiveDataset } from '../../utils/dataset/activeDataset';
import { bundledDataset } from '../../utils/dataset/bundled';
import { datasetFileText } from '../../utils/dataset/exportDataset';
import {
  REFRESH_ALARM,
  REFRESH_PERIOD_MINUTES,
  refreshNow,
  scheduleRefresh,
  watchAutoRefresh,
  type RefreshDeps,
} from '../../utils/dataset/refresh';
import type { Dataset } from '../../utils/dataset/schema';
import { applyDataset, readDataState } from '../../utils/dataset/store';
import {
  autoRefreshItem,
  refreshStatusItem,
  urlValidatorsItem,
  type UrlValidators,
} from '../../utils/storage';

const URL_ = 'https://data.example.org/actors.json';
const NOW = Date.UTC(2025, 4, 20, 8);
const bundled = bundledDataset();
const named = (title: string): Dataset => ({ ...structuredClone(bundled), title });

/** A fetch stub serving `body` with an ETag, or 304 when the request carries that ETag. */
function server(body: string | (() => Response), etag = '"v2"') {
  return vi.fn(async (_url: string, init?: RequestInit) => {
    if (typeof body === 'function') return body();
    const headers = (init?.headers ?? {}) as Record<string, string>;
    if (headers['if-none-match'] === etag) return new Response(null, { status: 304 });
    return new Response(body, { headers: { etag } });
  });
}

const deps = (fetch: ReturnType<typeof server>, allowed = true): RefreshDeps => ({
  fetch: fetch as unknown as typeof globalThis.fetch,
  now: () => NOW,
  hasPermission: async () => allowed,
});

/** The data currently from the URL (applied at `t`), with the response's validators. */
async function appliedFromUrl(dataset: Dataset, validators: Omit<UrlValidators, 'url'> = {}) {
  await applyDataset(dataset, { kind: 'url', name: URL_ }, { url: URL_, ...validators }, 1);
  await autoRefreshItem.setValue({ enabled: true, url: URL_ });
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refreshNow', () => {
  it('does nothing without a URL', async () => {
    expect(await refreshNow(deps(server('{}')))).toBeNull();
    expect(await refreshStatusItem.getValue()).toBeNull();
  });

  it('applies a new version from the URL, keeping the old one for undo', async () => {
    await appliedFromUrl(named('Version 1'), { etag: '"v1"' });
    const fetch = server(datasetFileText({ ...named('Version 2'), version: '2' }));
    const status = await refreshNow(deps(fetch));
    expect(status).toEqual({
      at: NOW,
      url: URL_,
      outcome: 'updated',
      title: 'Version 2',
      version: '2',
    });
    expect(await refreshStatusItem.getValue()).toEqual(status);
    expect((fetch.mock.calls[0]![1]!.headers as Record<string, string>)['if-none-match']).toBe(
      '"v1"',
    );
    const state = await readDataState();
    expect(state.dataset?.title).toBe('Version 2');
    expect(state.source).toEqual({ kind: 'url', name: URL_, automatic: true, appliedAt: NOW });
    expect(state.previous?.dataset?.title).toBe('Version 1');
    expect(await urlValidatorsItem.getValue()).toEqual({ url: URL_, etag: '"v2"' });
  });

  it('reports "unchanged" on a 304, and changes nothing', async () => {
    await appliedFromUrl(named('Version 2'), { etag: '"v2"' });
    const before = await readDataState();
    const status = await refreshNow(deps(server('never sent')));
    expect(status).toEqual({ at: NOW, url: URL_, outcome: 'unchanged' });
    expect(await readDataState()).toEqual(before);
  });

  it('reports "unchanged" when the server sends the data in use again', async () => {
    await appliedFromUrl(named('Same'));
    const before = await readDataState();
    const status = await refreshNow(deps(server(datasetFileText(named('Same')), '"new"')));
    expect(status?.outcome).toBe('unchanged');
    expect(await readDataState()).toEqual(before);
    // …and remembers the new validators, so tomorrow's check costs a 304.
    expect((await urlValidatorsItem.getValue())?.etag).toBe('"new"');
  });

  it.each<[string, () => Response, object]>([
    [
      'an invalid file',
      () => new Response(datasetFileText({ ...named('Broken'), asOf: 'soon' })),
      { problems: ['asOf: must be a date like "2025-05-14"'] },
    ],
    [
      'a server error',
      () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
      { problems: [{ key: 'fetchStatus', subs: ['data.example.org', '503 Service Unavailable'] }] },
    ],
    [
      'a redirect to http',
      () => {
        const r = new Response('{}');
        Object.defineProperty(r, 'url', { value: 'http://evil.example/actors.json' });
        return r;
      },
      { problems: [{ key: 'fetchRedirect', subs: ['http://evil.example/actors.json'] }] },
    ],
  ])('fails on %s, says why, and changes nothing', async (_what, respond, expected) => {
    await appliedFromUrl(named('In use'));
    const before = await readDataState();
    const status = await refreshNow(deps(server(respond)));
    expect(status).toEqual({ at: NOW, url: URL_, outcome: 'failed', ...expected });
    expect(await readDataState()).toEqual(before);
    expect((await loadActiveDataset()).dataset.title).toBe('In use');
  });

  it('refuses a file with a 6,000-letter name: status written, data in use kept', async () => {
    await appliedFromUrl(named('In use'));
    const before = await readDataState();
    const long = structuredClone(bundled);
    long.actors[0]!.names = [`V${'a'.repeat(5_999)}`];
    const status = await refreshNow(deps(server(datasetFileText(long))));
    expect(status?.outcome).toBe('failed');
    expect(status?.problems).toEqual([
      'actors[0].names[0]: must be at most 120 characters long; no real name is longer',
      'actors[0].names[0]: must not have a word longer than 64 characters; no real name has one',
    ]);
    expect(await refreshStatusItem.getValue()).toEqual(status);
    expect(await readDataState()).toEqual(before);
  });

  it('fails closed when anything on the way throws: status written, data in use kept', async () => {
    await appliedFromUrl(named('In use'));
    const before = await readDataState();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(
      new RangeError('Maximum call stack size exceeded'),
    );
    const status = await refreshNow(deps(server(datasetFileText(named('Next')))));
    expect(status).toEqual({
      at: NOW,
      url: URL_,
      outcome: 'failed',
      problems: [{ key: 'unexpectedError', subs: ['Maximum call stack size exceeded'] }],
    });
    expect(await refreshStatusItem.getValue()).toEqual(status);
    expect(await readDataState()).toEqual(before);
  });

  it('fails without fetching when the host permission was withdrawn', async () => {
    await appliedFromUrl(named('In use'));
    const fetch = server('{}');
    const status = await refreshNow(deps(fetch, false));
    expect(status?.problems).toEqual([{ key: 'refreshNoPermission', subs: ['data.example.org'] }]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails, changing nothing, when the storage quota is full', async () => {
    await appliedFromUrl(named('In use'));
    const before = await readDataState();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const status = await refreshNow(deps(server(datasetFileText(named('Next')))));
    expect(status?.outcome).toBe('failed');
    expect(status?.problems).toEqual([
      { key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] },
    ]);
    expect(await readDataState()).toEqual(before);
  });
});

describe('the daily alarm', () => {
  it('is created when the refresh is switched on, due a day after the last fetch', async () => {
    await applyDataset(named('From URL'), { kind: 'url', name: URL_ }, null, NOW - 60 * 60_000);
    await autoRefreshItem.setValue({ enabled: true, url: URL_ });
    await scheduleRefresh(NOW);
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(alarm?.periodInMinutes).toBe(REFRESH_PERIOD_MINUTES);
    // fakeBrowser computes scheduledTime from the real clock: check the delay it was given.
    expect((alarm!.scheduledTime - Date.now()) / 60_000).toBeCloseTo(
      REFRESH_PERIOD_MINUTES - 60,
      0,
    );
  });

  it('is due soon when a check is overdue (e.g. the browser dropped it on restart)', async () => {
    await autoRefreshItem.setValue({ enabled: true, url: URL_ });
    await refreshStatusItem.setValue({
      at: NOW - 3 * 24 * 60 * 60_000,
      url: URL_,
      outcome: 'unchanged',
    });
    await scheduleRefresh(NOW);
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect((alarm!.scheduledTime - Date.now()) / 60_000).toBeCloseTo(1, 0);
  });

  it('is cleared when the refresh is switched off', async () => {
    await autoRefreshItem.setValue({ enabled: true, url: URL_ });
    await scheduleRefresh(NOW);
    await autoRefreshItem.setValue({ enabled: false, url: URL_ });
    await scheduleRefresh(NOW);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('runs a refresh when it fires, and follows the setting', async () => {
    await appliedFromUrl(named('Version 1'));
    const fetch = server(datasetFileText(named('Version 2')));
    const stop = watchAutoRefresh(deps(fetch));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined());
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW });
    expect(fetch).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: NOW });
    await vi.waitFor(async () =>
      expect((await refreshStatusItem.getValue())?.outcome).toBe('updated'),
    );
    expect((await loadActiveDataset()).dataset.title).toBe('Version 2');
    await autoRefreshItem.setValue({ enabled: false, url: URL_ });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined(),
    );
    stop();
  });
});
