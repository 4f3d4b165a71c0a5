import { sendMessage } from '../messages';
import { err, type Result } from '../../shared/result';
import type { Cast } from '../../shared/story/cast';

/** Pauses before the second and the third attempt. */
const RETRY_DELAYS_MS = [250, 1_000];

/** How the request is sent and how it waits; tests replace both. */
export interface RequestCastDeps {
  /** The fingerprint of the `local:stories` value a tab heard of in a change event. */
  heard?: string;
  /** Attempts before giving up (default 3); the popup, which a reader is waiting on, asks once. */
  tries?: number;
  send?: () => Promise<Result<Cast>>;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The cast in force (the enabled stories, merged), from the background, which validated it (see
 * `serveActiveCast`): the content script never validates, so it carries neither the validator
 * nor the bundled data, and the popup opens without validating either.
 * The message wakes a sleeping MV3 service worker. A send that fails (a background still
 * starting, a worker stopped mid-answer) or an answer that could not read storage is tried
 * again (twice, by default), then the last reason is returned.
 */
export async function requestActiveCast(deps: RequestCastDeps = {}): Promise<Result<Cast>> {
  const { heard = null, tries = 3, wait = sleep } = deps;
  const send = deps.send ?? (() => sendMessage('getActiveCast', heard));
  let last: Result<Cast> = err('not asked');
  for (const delay of [0, ...RETRY_DELAYS_MS].slice(0, tries)) {
    if (delay) await wait(delay);
    last = await send().catch((e: unknown) => err(e instanceof Error ? e.message : String(e)));
    if (last.ok) return last;
  }
  return last;
}
