import { describe, expect, it, vi } from 'vitest';
import { whenPageSettled } from '../../utils/content/highlight/whenPageSettled';

/** A window that is still loading, with its load event and idle callbacks under the test's hand. */
function loadingWindow() {
  const listeners: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const win = {
    document: { readyState: 'loading' },
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    setTimeout: () => 0,
    requestIdleCallback: (fn: () => void) => idle.push(fn),
  };
  return { win: win as unknown as Window, load: () => listeners.forEach((fn) => fn()), idle };
}

describe('whenPageSettled', () => {
  it('waits for the load event, then for an idle moment', async () => {
    const { win, load, idle } = loadingWindow();
    const settled = vi.fn();
    void whenPageSettled(new AbortController().signal, win).then(settled);
    await Promise.resolve();
    expect(idle).toHaveLength(0);
    load();
    expect(idle).toHaveLength(1);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    idle[0]!();
    await Promise.resolve();
    expect(settled).toHaveBeenCalled();
  });

  it('gives up waiting when the highlighter is stopped', async () => {
    const abort = new AbortController();
    const done = whenPageSettled(abort.signal, loadingWindow().win);
    abort.abort();
    await expect(done).resolves.toBeUndefined();
  });
});
