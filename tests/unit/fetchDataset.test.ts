import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DATASET_BYTES } from '../../utils/shared/dataset/decode';
import {
  checkDatasetUrl,
  fetchDataset,
  originPattern,
  type FetchDatasetOptions,
} from '../../utils/platform/update/fetchDataset';
import { english } from '../support/problemTexts';

const URL_ = new URL('https://data.example.org/cast/actors.json');
const BODY = '{"title":"Cast"}';

type Init = RequestInit & { headers: Record<string, string> };

/** A stub fetch answering with `response` (or its factory), recording its calls. */
function stub(response: Response | ((url: string, init: Init) => Response | Promise<Response>)) {
  return vi.fn<(url: string, init: Init) => Promise<Response>>(async (url, init) =>
    typeof response === 'function' ? response(url, init) : response,
  );
}

/** A response as the browser gives it after following redirects to `url`. */
function redirectedTo(url: string, body = BODY): Response {
  const response = new Response(body);
  Object.defineProperties(response, {
    url: { value: url },
    redirected: { value: true },
  });
  return response;
}

/** A body that streams `chunk` forever (never ends), counting how much was pulled. */
function endless(chunk: Uint8Array) {
  const counter = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { body, counter };
}

const run = (fetch: ReturnType<typeof stub>, options: Omit<FetchDatasetOptions, 'fetch'> = {}) =>
  fetchDataset(URL_, { fetch: fetch as unknown as typeof globalThis.fetch, ...options });

afterEach(() => {
  vi.useRealTimers();
});

describe('checkDatasetUrl', () => {
  it('accepts an https URL and drops its fragment', () => {
    const url = checkDatasetUrl('  https://example.org/a.json#top ');
    expect(url.ok && url.value.href).toBe('https://example.org/a.json');
  });

  it.each([
    ['http://example.org/a.json', 'urlNotHttps'],
    ['ftp://example.org/a.json', 'urlNotHttps'],
    ['javascript:alert(1)', 'urlNotHttps'],
    ['data:application/json,{}', 'urlNotHttps'],
    ['file:///etc/passwd', 'urlNotHttps'],
    ['example.org/a.json', 'urlInvalid'],
    ['', 'urlInvalid'],
    ['https://user:secret@example.org/a.json', 'urlCredentials'],
  ])('refuses %j (%s)', (text, key) => {
    expect(checkDatasetUrl(text)).toMatchObject({ ok: false, error: { message: { key } } });
  });

  it('asks for the host alone, never a wider pattern', () => {
    expect(originPattern(new URL('https://a.example.org:8443/x/y.json?z=1'))).toBe(
      'https://a.example.org/*',
    );
  });
});

describe('fetchDataset', () => {
  it('returns the body’s bytes and the response’s validators', async () => {
    const fetch = stub(
      new Response(BODY, {
        headers: { etag: '"v7"', 'last-modified': 'Wed, 14 May 2025 10:00:00 GMT' },
      }),
    );
    const result = await run(fetch);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'body',
        bytes: new TextEncoder().encode(BODY),
        validators: {
          url: URL_.href,
          etag: '"v7"',
          lastModified: 'Wed, 14 May 2025 10:00:00 GMT',
        },
      },
    });
  });

  it('sends no cookies or referrer, and the validators it is given', async () => {
    const fetch = stub(new Response(null, { status: 304 }));
    const result = await run(fetch, {
      validators: { etag: '"v7"', lastModified: 'Wed, 14 May 2025 10:00:00 GMT' },
    });
    expect(result).toEqual({ ok: true, value: { kind: 'not-modified' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL_.href);
    expect(init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      cache: 'no-store',
    });
    expect(init.headers).toMatchObject({
      'if-none-match': '"v7"',
      'if-modified-since': 'Wed, 14 May 2025 10:00:00 GMT',
    });
  });

  it('sends no conditional headers without validators', async () => {
    const fetch = stub(new Response(BODY));
    await run(fetch);
    expect(Object.keys(fetch.mock.calls[0]![1].headers)).toEqual(['accept']);
  });

  it('follows a redirect that stays on https', async () => {
    const fetch = stub(redirectedTo('https://cdn.example.org/actors.json'));
    const result = await run(fetch);
    expect(result.ok && result.value.kind).toBe('body');
  });

  it('refuses what a redirect to http brought', async () => {
    const fetch = stub(redirectedTo('http://data.example.org/actors.json'));
    expect(await run(fetch)).toEqual({
      ok: false,
      error: { message: { key: 'fetchRedirect', subs: ['http://data.example.org/actors.json'] } },
    });
  });

  it('reports an HTTP error with its status', async () => {
    const fetch = stub(new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await run(fetch)).toEqual({
      ok: false,
      error: { message: { key: 'fetchStatus', subs: ['data.example.org', '404 Not Found'] } },
    });
  });

  it('reports a network failure', async () => {
    const fetch = stub(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await run(fetch)).toEqual({
      ok: false,
      error: { message: { key: 'fetchNetwork', subs: ['data.example.org', 'Failed to fetch'] } },
    });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { body, counter } = endless(new Uint8Array(1024));
    const fetch = stub(
      new Response(body, { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
    );
    const result = await run(fetch);
    expect(result.ok ? '' : english([result.error])).toEqual([
      expect.stringMatching(/^\(file\): the data is more than 5\.0 MB/),
    ]);
    expect(counter.cancelled).toBe(true);
    expect(counter.pulled).toBeLessThanOrEqual(1024 * 2);
  });

  it('stops reading a body that streams past the cap (no Content-Length)', async () => {
    const { body, counter } = endless(new Uint8Array(64 * 1024).fill(0x20));
    const result = await run(stub(new Response(body)), { maxBytes: 1024 * 1024 });
    expect(result.ok ? '' : english([result.error])).toEqual([
      expect.stringMatching(/^\(file\): the data is more than 1\.0 MB/),
    ]);
    expect(counter.cancelled).toBe(true);
    expect(counter.pulled).toBeLessThan(1024 * 1024 + 3 * 64 * 1024);
  });

  it('reads a body of exactly the cap', async () => {
    const bytes = new Uint8Array(2048).fill(0x20);
    const result = await run(stub(new Response(bytes)), { maxBytes: 2048 });
    expect(result.ok && result.value.kind === 'body' && result.value.bytes.length).toBe(2048);
  });

  it('gives up when the server does not answer in time', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetch = stub((_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => undefined); // never answers
    });
    const pending = run(fetch, { timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toEqual({
      ok: false,
      error: { message: { key: 'fetchTimeout', subs: ['data.example.org', '5'] } },
    });
    expect(signal?.aborted).toBe(true);
  });

  it('gives up on a body that trickles past the deadline', async () => {
    vi.useFakeTimers();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"ti'));
      }, // …and nothing more, ever
    });
    const pending = run(stub(new Response(body)), { timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toMatchObject({ ok: false, error: { message: { key: 'fetchTimeout' } } });
  });
});
