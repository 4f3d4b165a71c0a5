/** Longest wait for the page's `load` event, in milliseconds (a slow image must not hold us). */
const LOAD_TIMEOUT_MS = 3_000;
/** Longest wait for an idle moment after load, in milliseconds. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Resolves once the page has loaded and its main thread has gone idle. A server-rendered app
 * hydrates right after its scripts load, in a stream of tasks, comparing the DOM with what it
 * would render: splitting its text before that makes it throw (React reports a hydration error
 * and re-renders the whole root). Waiting for the first idle moment lets hydration finish.
 * Never rejects; resolves early when `signal` aborts.
 */
export function whenPageSettled(signal: AbortSignal, win: Window = window): Promise<void> {
  return new Promise<void>((resolve) => {
    let settled = false;
    const done = () => {
      if (!settled) {
        settled = true;
        resolve();
      }
    };
    signal.addEventListener('abort', done, { once: true });
    const idle = () => {
      if (typeof win.requestIdleCallback === 'function') {
        win.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
      } else win.setTimeout(done, 0);
    };
    if (win.document.readyState === 'complete') return idle();
    let waiting = true;
    const loaded = () => {
      if (waiting) idle();
      waiting = false;
    };
    win.addEventListener('load', loaded, { once: true });
    win.setTimeout(loaded, LOAD_TIMEOUT_MS);
  });
}
