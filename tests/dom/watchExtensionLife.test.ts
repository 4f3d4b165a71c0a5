import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIFE_CHECK_MS, watchExtensionLife } from '../../utils/content/watchExtensionLife';

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'debug').mockImplementation(() => undefined); // WXT logs each invalidation
  fakeBrowser.reset();
  ctx = new ContentScriptContext('life-test');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('watchExtensionLife', () => {
  it('invalidates the context once the extension is gone, and stops checking', () => {
    const onInvalidated = vi.fn();
    ctx.onInvalidated(onInvalidated);
    watchExtensionLife(ctx);
    vi.advanceTimersByTime(3 * LIFE_CHECK_MS);
    expect(onInvalidated).not.toHaveBeenCalled();
    // What an orphaned content script sees after its extension was reloaded or disabled.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    vi.advanceTimersByTime(LIFE_CHECK_MS);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
