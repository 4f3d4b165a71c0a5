import { err, ok, type Result } from '../../shared/result';
import type { Problem } from '../../shared/problems/Problem';
import type { UrlValidators } from '../../shared/story/installedStory';
import { MAX_DATASET_BYTES, tooLargeProblem } from '../../shared/dataset/decode';

/** How long a fetch may take, headers and body together, before it is given up. */
export const FETCH_TIMEOUT_MS = 20_000;

export interface FetchDatasetOptions {
  /** The fetch to use (tests pass a stub). */
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** Sent as If-None-Match / If-Modified-Since, so an unchanged file costs a 304. */
  validators?: Omit<UrlValidators, 'url'>;
}

/** What a fetch brought: nothing new (304), or the body's bytes with the response's validators. */
export type Fetched =
  { kind: 'not-modified' } | { kind: 'body'; bytes: Uint8Array; validators: UrlValidators };

/**
 * Checks an address typed by the reader: it must be an absolute `https:` URL without a user
 * name or password (credentials in a URL would be stored and synced in the clear).
 */
export function checkDatasetUrl(text: string): Result<URL, Problem> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return err({ message: { key: 'urlInvalid', subs: [text.trim()] } });
  }
  if (url.protocol !== 'https:') return err({ message: { key: 'urlNotHttps', subs: [url.href] } });
  if (url.username || url.password) return err({ message: { key: 'urlCredentials' } });
  url.hash = '';
  return ok(url);
}

/** The host permission pattern a fetch from `url` needs (`optional_host_permissions`). */
export const originPattern = (url: URL): string => `https://${url.hostname}/*`;

/**
 * Fetches a data file over https, defensively: no cookies or referrer are sent; a redirect that
 * ends anywhere but on `https:` is refused (the extension pages' CSP, `connect-src 'self' https:`,
 * already stops such a hop in the browser); the whole exchange has a deadline; the body is read
 * as a stream and reading stops as soon as it passes `maxBytes` (a `Content-Length` over it is
 * refused unread). Never throws: every failure is a {@link Problem} for the reader.
 */
export async function fetchDataset(
  url: URL,
  options: FetchDatasetOptions = {},
): Promise<Result<Fetched, Problem>> {
  const {
    fetch: doFetch = globalThis.fetch.bind(globalThis),
    timeoutMs = FETCH_TIMEOUT_MS,
    maxBytes = MAX_DATASET_BYTES,
    validators = {},
  } = options;
  const host = url.host;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError());
    }, timeoutMs);
  });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await Promise.race([
      doFetch(url.href, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        cache: 'no-store',
      }),
      deadline,
    ]);
    const finalUrl = response.url || url.href;
    if (!finalUrl.startsWith('https:')) {
      return err({ message: { key: 'fetchRedirect', subs: [finalUrl] } });
    }
    if (response.status === 304) return ok({ kind: 'not-modified' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      return err({ message: { key: 'fetchStatus', subs: [host, status] } });
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return err(tooLargeProblem(declared, maxBytes));
    }
    const bytes = await Promise.race([readCapped(response, maxBytes), deadline]);
    if (!bytes) return err(tooLargeProblem(undefined, maxBytes));
    return ok({
      kind: 'body',
      bytes,
      validators: {
        url: url.href,
        ...optional('etag', response.headers.get('etag')),
        ...optional('lastModified', response.headers.get('last-modified')),
      },
    });
  } catch (e) {
    if (e instanceof DeadlineError) {
      return err({
        message: { key: 'fetchTimeout', subs: [host, String(Math.round(timeoutMs / 1000))] },
      });
    }
    return err({ message: { key: 'fetchNetwork', subs: [host, (e as Error).message] } });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

class DeadlineError extends Error {}

const optional = <K extends string>(key: K, value: string | null) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** Reads the body up to `max` bytes; cancels the stream and returns null once it passes that. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
