import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import { MAX_DATASET_BYTES } from '../../utils/shared/dataset/decode';
import {
  prepareFile,
  prepareText,
  prepareUrl,
} from '../../utils/extension-pages/options/prepareImport';
import { stubPermissions } from '../support/permissionStubs';

const bundled = bundledDataset();
const installed = (id: string) => (id === bundled.story.id ? bundled : null);
const URL_ = 'https://data.example.org/story.json';
const other = () => {
  const next = structuredClone(bundled);
  next.story = { ...next.story, id: 'other-story' };
  return next;
};

let request: ReturnType<typeof stubPermissions>['request'];
let remove: ReturnType<typeof stubPermissions>['remove'];
beforeEach(() => {
  fakeBrowser.reset();
  ({ request, remove } = stubPermissions());
});
afterEach(() => vi.restoreAllMocks());

const answering = (response: () => Response) =>
  vi.fn(async () => response()) as unknown as typeof fetch;

describe('prepareFile and prepareText', () => {
  it('diff a file against the installed story of the same id', async () => {
    const file = new File([JSON.stringify(bundled)], 'same.json');
    const same = await prepareFile(file, installed);
    expect(same.ok && same.value.diff?.same).toBe(true);
    expect(same.ok && same.value.source).toEqual({ kind: 'file', name: 'same.json' });
  });

  it('prepare a file of another story as a new story (no diff)', async () => {
    const prepared = await prepareText(JSON.stringify(other()), installed);
    expect(prepared.ok && prepared.value.diff).toBeNull();
    expect(prepared.ok && prepared.value.source).toEqual({ kind: 'paste', name: '' });
  });

  it('mark a file of an installed story whose stored data is unusable (no diff)', async () => {
    const prepared = await prepareText(JSON.stringify(bundled), () => 'unusable');
    expect(prepared.ok && prepared.value.diff).toBeNull();
    expect(prepared.ok && prepared.value.replacesUnusable).toBe(true);
    const fresh = await prepareText(JSON.stringify(other()), installed);
    expect(fresh.ok && fresh.value.replacesUnusable).toBeUndefined();
  });

  it('refuse a file over the size cap unread', async () => {
    const file = new File(['{}'], 'big.json');
    Object.defineProperty(file, 'size', { value: MAX_DATASET_BYTES + 1 });
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    const prepared = await prepareFile(file, installed);
    expect(prepared.ok).toBe(false);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('prepareUrl', () => {
  it('asks for the host permission before anything is awaited (within the click)', async () => {
    const running = prepareUrl(URL_, installed, {
      fetch: answering(() => new Response(JSON.stringify(other()))),
    });
    // Synchronously, before the promise could have run a single await.
    expect(request).toHaveBeenCalledWith({ origins: ['https://data.example.org/*'] });
    const prepared = await running;
    expect(prepared.ok && prepared.value.diff).toBeNull();
    expect(prepared.ok && prepared.value.source).toEqual({ kind: 'url', name: URL_ });
    expect(remove).not.toHaveBeenCalled();
  });

  it('refuses an http address without asking for anything', async () => {
    const fetch = answering(() => new Response('{}'));
    const prepared = await prepareUrl('http://data.example.org/a.json', installed, { fetch });
    expect(prepared).toEqual({
      ok: false,
      error: [{ message: { key: 'urlNotHttps', subs: ['http://data.example.org/a.json'] } }],
    });
    expect(request).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches nothing when the reader denies the permission', async () => {
    request.mockImplementation(async () => false);
    const fetch = answering(() => new Response('{}'));
    const prepared = await prepareUrl(URL_, installed, { fetch });
    expect(prepared).toEqual({
      ok: false,
      error: [{ message: { key: 'importPermissionDenied', subs: ['data.example.org'] } }],
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a 304 to a first request, and gives the host back', async () => {
    const prepared = await prepareUrl(URL_, installed, {
      fetch: answering(() => new Response(null, { status: 304 })),
    });
    expect(prepared).toEqual({
      ok: false,
      error: [{ message: { key: 'importNotModified', subs: ['data.example.org'] } }],
    });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://data.example.org/*'] });
  });

  it('gives the host back when its file is refused', async () => {
    const prepared = await prepareUrl(URL_, installed, {
      fetch: answering(() => new Response('{"title": 1}')),
    });
    expect(prepared.ok).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://data.example.org/*'] });
  });
});
