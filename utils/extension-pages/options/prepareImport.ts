import { browser } from 'wxt/browser';
import { prepareCandidate, type Candidate, type CurrentData } from '../../shared/dataset/candidate';
import { MAX_DATASET_BYTES, tooLargeProblem } from '../../shared/dataset/decode';
import { checkDatasetUrl, fetchDataset, originPattern } from '../../platform/update/fetchDataset';
import { revokeHostPermission } from '../../platform/update/revokeHostPermission';
import { err, type Result } from '../../shared/result';
import type { Problem } from '../../shared/problems/Problem';

type Prepared = Result<Candidate, Problem[]>;

/**
 * Validates a data file the reader picked and compares it with the installed story of the same
 * id. A file over the size cap is refused unread.
 */
export async function prepareFile(file: File, current: CurrentData): Promise<Prepared> {
  if (file.size > MAX_DATASET_BYTES) return err([tooLargeProblem(file.size)]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return prepareCandidate(bytes, current, { kind: 'file', name: file.name });
}

/** Validates pasted JSON and compares it with the installed story of the same id. */
export const prepareText = async (text: string, current: CurrentData): Promise<Prepared> =>
  prepareCandidate(text, current, { kind: 'paste', name: '' });

export interface PrepareUrlDeps {
  /** The fetch to use (tests pass a stub). */
  fetch?: typeof fetch;
}

/**
 * Fetches a data file from an https address and prepares it like a file. Must be called
 * synchronously from the reader's click: the host permission is requested before anything is
 * awaited, since browsers grant it only during a user gesture. A refused address asks for
 * nothing; a denied permission fetches nothing; a URL whose data cannot be used gives its host's
 * access back. A first request has no validators, so a 304 means a confused server: refused.
 */
export function prepareUrl(
  text: string,
  current: CurrentData,
  deps: PrepareUrlDeps = {},
): Promise<Prepared> {
  const url = checkDatasetUrl(text);
  if (!url.ok) return Promise.resolve(err([url.error]));
  const permission = browser.permissions.request({ origins: [originPattern(url.value)] });
  return (async () => {
    if (!(await permission.catch(() => false))) {
      return err([{ message: { key: 'importPermissionDenied' as const, subs: [url.value.host] } }]);
    }
    const prepared = await fetchAndPrepare(url.value, current, deps);
    if (!prepared.ok) await revokeHostPermission(url.value.href).catch(() => undefined);
    return prepared;
  })();
}

async function fetchAndPrepare(url: URL, current: CurrentData, deps: PrepareUrlDeps) {
  const fetched = await fetchDataset(url, { fetch: deps.fetch });
  if (!fetched.ok) return err([fetched.error]);
  if (fetched.value.kind !== 'body') {
    return err([{ message: { key: 'importNotModified' as const, subs: [url.host] } }]);
  }
  const source = { kind: 'url' as const, name: url.href };
  return prepareCandidate(fetched.value.bytes, current, source, fetched.value.validators);
}
