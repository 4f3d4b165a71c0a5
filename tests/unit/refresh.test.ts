import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { datasetFileText } from '../../utils/shared/dataset/exportDataset';
import { refreshAll, refreshStoryNow, type RefreshDeps } from '../../utils/platform/update/refresh';
import {
  REFRESH_ALARM,
  REFRESH_PERIOD_MINUTES,
  scheduleRefresh,
  watchAutoRefresh,
} from '../../utils/background/refreshSchedule';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { storiesItem } from '../../utils/platform/storage';
import type { UrlValidators } from '../../utils/shared/story/installedStory';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import {
  applyStory,
  installedStories,
  recordRefresh,
  setStoryRefresh,
} from '../../utils/platform/stories/storyStore';
import { summitStory } from '../fixtures/summitStory';
import { problemAt } from '../../utils/shared/problems/Problem';
import { english } from '../support/problemTexts';

const URL_ = 'https://data.example.org/actors.json';
const URL_2 = 'https://data.example.org/summit.json';
const NOW = Date.UTC(2025, 4, 20, 8);
const bundled = bundledStories()[0]!;
const ID = bundled.story.id;
const SUMMIT = summitStory.story.id;
const named = (title: string, data: Dataset = bundled): Dataset => ({
  ...structuredClone(data),
  title,
});

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

/** The story's data currently from `url` (applied at `t`), with the response's validators. */
async function appliedFromUrl(
  dataset: Dataset,
  validators: Omit<UrlValidators, 'url'> = {},
  url = URL_,
) {
  await applyStory(dataset, { kind: 'url', name: url }, { url, ...validators }, 1);
  await setStoryRefresh(dataset.story.id, { enabled: true, url });
}

/** The stored entry of a story, and its view (the data in force). */
const entry = async (id = ID) => (await storiesItem.getValue())[id]!;
const inForce = async (id = ID) =>
  installedStories(await storiesItem.getValue()).find((v) => v.id === id)!;
/** The story's stored data, source and undo, which a failed refresh must leave alone. */
const dataOf = async (id = ID) => {
  const { dataset, source, previous, validators } = await entry(id);
  return { dataset, source, previous, validators };
};

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refreshStoryNow', () => {
  it('does nothing for a story without a URL', async () => {
    expect(await refreshStoryNow(ID, deps(server('{}')))).toBeNull();
    expect(await refreshStoryNow('not-installed', deps(server('{}')))).toBeNull();
    expect(await storiesItem.getValue()).toEqual({});
  });

  it('applies a new version from the URL, keeping the old one for undo', async () => {
    await appliedFromUrl(named('Version 1'), { etag: '"v1"' });
    const fetch = server(datasetFileText({ ...named('Version 2'), version: '2' }));
    const status = await refreshStoryNow(ID, deps(fetch));
    expect(status).toEqual({
      at: NOW,
      url: URL_,
      outcome: 'updated',
      title: 'Version 2',
      version: '2',
    });
    expect((await entry()).refreshStatus).toEqual(status);
    expect((fetch.mock.calls[0]![1]!.headers as Record<string, string>)['if-none-match']).toBe(
      '"v1"',
    );
    const stored = await entry();
    expect(stored.dataset?.title).toBe('Version 2');
    expect(stored.source).toEqual({ kind: 'url', name: URL_, automatic: true, appliedAt: NOW });
    expect(stored.previous?.dataset?.title).toBe('Version 1');
    expect(stored.validators).toEqual({ url: URL_, etag: '"v2"' });
    expect(stored.refresh).toEqual({ enabled: true, url: URL_ });
  });

  it('refreshes only the story asked for', async () => {
    await appliedFromUrl(named('Istanbul 1'));
    await appliedFromUrl(named('Summit 1', summitStory), {}, URL_2);
    const fetch = server(datasetFileText(named('Summit 2', summitStory)));
    expect((await refreshStoryNow(SUMMIT, deps(fetch)))?.outcome).toBe('updated');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([URL_2]);
    expect((await inForce(SUMMIT)).dataset?.title).toBe('Summit 2');
    expect((await inForce(ID)).dataset?.title).toBe('Istanbul 1');
    expect((await entry(ID)).refreshStatus).toBeNull();
  });

  it('refuses a file that tells another story, and says so', async () => {
    await appliedFromUrl(named('Istanbul 1'));
    const before = await dataOf();
    const status = await refreshStoryNow(ID, deps(server(datasetFileText(summitStory))));
    expect(status).toEqual({
      at: NOW,
      url: URL_,
      outcome: 'failed',
      problems: [
        {
          message: {
            key: 'refreshOtherStory',
            subs: ['data.example.org', 'Summit fixture', 'Istanbul 1'],
          },
        },
      ],
    });
    expect(await dataOf()).toEqual(before);
    expect((await storiesItem.getValue())[SUMMIT]).toBeUndefined();
  });

  it('reports "unchanged" on a 304, and changes nothing', async () => {
    await appliedFromUrl(named('Version 2'), { etag: '"v2"' });
    const before = await dataOf();
    const status = await refreshStoryNow(ID, deps(server('never sent')));
    expect(status).toEqual({ at: NOW, url: URL_, outcome: 'unchanged' });
    expect(await dataOf()).toEqual(before);
  });

  it('reports "unchanged" when the server sends the data in use again', async () => {
    await appliedFromUrl(named('Same'));
    const before = await dataOf();
    const status = await refreshStoryNow(ID, deps(server(datasetFileText(named('Same')), '"new"')));
    expect(status?.outcome).toBe('unchanged');
    expect({ ...(await dataOf()), validators: null }).toEqual({ ...before, validators: null });
    // …and remembers the new validators, so tomorrow's check costs a 304.
    expect((await entry()).validators?.etag).toBe('"new"');
  });

  it.each<[string, () => Response, object]>([
    [
      'an invalid file',
      () => new Response(datasetFileText({ ...named('Broken'), asOf: 'soon' })),
      { problems: [problemAt('asOf', 'problemDate', '2025-05-14')] },
    ],
    [
      'a server error',
      () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
      {
        problems: [
          {
            message: { key: 'fetchStatus', subs: ['data.example.org', '503 Service Unavailable'] },
          },
        ],
      },
    ],
    [
      'a redirect to http',
      () => {
        const r = new Response('{}');
        Object.defineProperty(r, 'url', { value: 'http://evil.example/actors.json' });
        return r;
      },
      {
        problems: [
          { message: { key: 'fetchRedirect', subs: ['http://evil.example/actors.json'] } },
        ],
      },
    ],
  ])('fails on %s, says why, and changes nothing', async (_what, respond, expected) => {
    await appliedFromUrl(named('In use'));
    const before = await dataOf();
    const status = await refreshStoryNow(ID, deps(server(respond)));
    expect(status).toEqual({ at: NOW, url: URL_, outcome: 'failed', ...expected });
    expect(await dataOf()).toEqual(before);
    expect((await inForce()).dataset?.title).toBe('In use');
  });

  it('refuses a file with a 6,000-letter name: status written, data in use kept', async () => {
    await appliedFromUrl(named('In use'));
    const before = await dataOf();
    const long = structuredClone(bundled);
    long.actors[0]!.names = [`V${'a'.repeat(5_999)}`];
    const status = await refreshStoryNow(ID, deps(server(datasetFileText(long))));
    expect(status?.outcome).toBe('failed');
    expect(english(status?.problems ?? [])).toEqual([
      'actors[0].names[0]: must be at most 120 characters long; no real name is longer',
      'actors[0].names[0]: must not have a word longer than 64 characters; no real name has one',
    ]);
    expect((await entry()).refreshStatus).toEqual(status);
    expect(await dataOf()).toEqual(before);
  });

  it('fails closed when anything on the way throws: status written, data in use kept', async () => {
    await appliedFromUrl(named('In use'));
    const before = await dataOf();
    const now = vi
      .fn(() => NOW)
      .mockImplementationOnce(() => {
        throw new RangeError('Maximum call stack size exceeded');
      });
    const status = await refreshStoryNow(ID, {
      ...deps(server(datasetFileText(named('Next')))),
      now,
    });
    expect(status).toEqual({
      at: NOW,
      url: URL_,
      outcome: 'failed',
      problems: [
        { message: { key: 'unexpectedError', subs: ['Maximum call stack size exceeded'] } },
      ],
    });
    expect((await entry()).refreshStatus).toEqual(status);
    expect(await dataOf()).toEqual(before);
  });

  it('fails without fetching when the host permission was withdrawn', async () => {
    await appliedFromUrl(named('In use'));
    const fetch = server('{}');
    const status = await refreshStoryNow(ID, deps(fetch, false));
    expect(status?.problems).toEqual([
      { message: { key: 'refreshNoPermission', subs: ['data.example.org'] } },
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails, changing nothing, when the storage quota is full', async () => {
    await appliedFromUrl(named('In use'));
    const before = await dataOf();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const status = await refreshStoryNow(ID, deps(server(datasetFileText(named('Next')))));
    expect(status?.outcome).toBe('failed');
    expect(status?.problems).toEqual([
      { message: { key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] } },
    ]);
    expect(await dataOf()).toEqual(before);
  });
});

describe('refreshAll', () => {
  it('refreshes every story whose refresh is on, and no other', async () => {
    await appliedFromUrl(named('Istanbul 1'));
    await appliedFromUrl(named('Summit 1', summitStory), {}, URL_2);
    await setStoryRefresh(ID, { enabled: false, url: URL_ });
    const fetch = server(datasetFileText(named('Summit 2', summitStory)));
    const statuses = await refreshAll(deps(fetch));
    expect(statuses.map((s) => [s.url, s.outcome])).toEqual([[URL_2, 'updated']]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('the daily alarm', () => {
  it('is created when a story’s refresh is switched on, due a day after the last fetch', async () => {
    await applyStory(named('From URL'), { kind: 'url', name: URL_ }, null, NOW - 60 * 60_000);
    await setStoryRefresh(ID, { enabled: true, url: URL_ });
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
    await setStoryRefresh(ID, { enabled: true, url: URL_ });
    await recordRefresh(ID, {
      refreshStatus: { at: NOW - 3 * 24 * 60 * 60_000, url: URL_, outcome: 'unchanged' },
    });
    await scheduleRefresh(NOW);
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect((alarm!.scheduledTime - Date.now()) / 60_000).toBeCloseTo(1, 0);
  });

  it('is cleared when no story’s refresh is on', async () => {
    await setStoryRefresh(ID, { enabled: true, url: URL_ });
    await scheduleRefresh(NOW);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined();
    await setStoryRefresh(ID, { enabled: false, url: URL_ });
    await scheduleRefresh(NOW);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('runs a refresh when it fires, and follows the settings', async () => {
    await appliedFromUrl(named('Version 1'));
    const fetch = server(datasetFileText(named('Version 2')));
    const stop = watchAutoRefresh(deps(fetch));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined());
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW });
    expect(fetch).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: NOW });
    await vi.waitFor(async () => expect((await entry()).refreshStatus?.outcome).toBe('updated'));
    expect((await inForce()).dataset?.title).toBe('Version 2');
    await setStoryRefresh(ID, { enabled: false, url: URL_ });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined(),
    );
    stop();
  });
});
