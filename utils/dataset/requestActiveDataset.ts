import type { Dataset } from './schema';
import { sendMessage } from '../messages';
import { err, type Result } from '../result';

/** Pauses before the second and the third attempt. */
const RETRY_DELAYS_MS = [250, 1_000];

/** How the request is sent and how it waits; tests replace both. */
export interface RequestDeps {
  /** The fingerprint of the stored value a tab heard of in a change event (see the message). */
  heard?: string;
  /** Attempts before giving up (default 3); the popup, which a reader is waiting on, asks once. */
  tries?: number;
  send?: () => Promise<Result<Dataset>>;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The dataset in force, from the background, which validated it (see `serveActiveDataset`): the
 * content script never validates, so it carries neither the validator nor the bundled data, and
 * the popup opens without validating either.
 * The message wakes a sleeping MV3 service worker. A send that fails (a background still
 * starting, a worker stopped mid-answer) or an answer that could not read storage is tried
 * again (twice, by default), then the last reason is returned.
 */
export async function requestActiveDataset(deps: RequestDeps = {}): Promise<Result<Dataset>> {
  const { heard = null, tries = 3, wait = sleep } = deps;
  const send = deps.send ?? (() => sendMessage('getActiveDataset', heard));
  let last: Result<Dataset> = err('not asked');
  for (const delay of [0, ...RETRY_DELAYS_MS].slice(0, tries)) {
    if (delay) await wait(delay);
    last = await send().catch((e: unknown) => err(e instanceof Error ? e.message : String(e)));
    if (last.ok) return last;
  }
  return last;
}
