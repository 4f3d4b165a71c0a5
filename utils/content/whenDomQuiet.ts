/** How long the DOM must go without a change to count as settled, in milliseconds. */
export const QUIET_MS = 200;
/** Longest wait for a settled DOM, in milliseconds, so a page that never rests still gets its turn. */
export const MAX_WAIT_MS = 2_000;

/** How long {@link whenDomQuiet} waits. */
export interface QuietOptions {
  quietMs?: number;
  maxWaitMs?: number;
}

/**
 * Resolves once nothing under `root` has changed (nodes added or removed, text edited) for
 * `quietMs`, or after `maxWaitMs` at the latest. After an app has changed its address it
 * usually renders the new view in the same moment or within a few frames, perhaps in several
 * steps; waiting for the DOM to rest lets a highlight pass see the new view whole rather than
 * the old one or half of the new. Never rejects; resolves early, with its observer and timers
 * gone, when `signal` aborts.
 */
export function whenDomQuiet(
  root: Node,
  signal: AbortSignal,
  { quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS }: QuietOptions = {},
): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    let quiet = setTimeout(() => done(), quietMs);
    const cap = setTimeout(() => done(), maxWaitMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(() => done(), quietMs);
    });
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      signal.removeEventListener('abort', done);
      resolve();
    };
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', done, { once: true });
  });
}
