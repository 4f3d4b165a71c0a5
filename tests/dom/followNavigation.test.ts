import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { followNavigation } from '../../utils/content/followNavigation';

const QUIET = { quietMs: 200, maxWaitMs: 2_000 };

/** A window with the Navigation API over happy-dom's document; `go` changes the address. */
function navigatingWindow() {
  const navigation = new EventTarget();
  const win = { location: { href: 'https://news.example/one' }, navigation, document };
  const go = (to: string) => {
    win.location.href = to;
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  return { win: win as unknown as Window, go };
}

/** Lets happy-dom deliver pending mutation records, then moves the fake clock on. */
async function after(ms: number) {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(ms);
}

let ctx: ContentScriptContext;
let steps: { leave: Mock<() => void>; arrive: Mock<() => void> };
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined); // WXT logs each invalidation
  vi.useFakeTimers();
  document.body.replaceChildren();
  ctx = new ContentScriptContext('follow-navigation-test');
  steps = { leave: vi.fn<() => void>(), arrive: vi.fn<() => void>() };
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('followNavigation', () => {
  it('leaves the old page at once and arrives once the DOM has rested', async () => {
    const { win, go } = navigatingWindow();
    followNavigation(ctx, steps, win, QUIET);
    go('https://news.example/two');
    expect(steps.leave).toHaveBeenCalledTimes(1);
    await after(150);
    expect(steps.arrive).not.toHaveBeenCalled();
    await after(100);
    expect(steps.arrive).toHaveBeenCalledTimes(1);
  });

  it('waits while the app is still rendering the new page', async () => {
    const { win, go } = navigatingWindow();
    followNavigation(ctx, steps, win, QUIET);
    go('https://news.example/two');
    for (let i = 0; i < 4; i++) {
      await after(150);
      document.body.append(document.createElement('p'));
    }
    await after(150);
    expect(steps.arrive).not.toHaveBeenCalled();
    await after(100);
    expect(steps.arrive).toHaveBeenCalledTimes(1);
  });

  it('arrives after the longest wait on a page that never rests', async () => {
    const { win, go } = navigatingWindow();
    followNavigation(ctx, steps, win, QUIET);
    go('https://news.example/two');
    for (let elapsed = 0; elapsed < 1_900; elapsed += 100) {
      document.body.append(document.createElement('p'));
      await after(100);
    }
    expect(steps.arrive).not.toHaveBeenCalled();
    await after(200);
    expect(steps.arrive).toHaveBeenCalledTimes(1);
  });

  it('arrives once after quick back and forth, and not at all for a #fragment jump', async () => {
    const { win, go } = navigatingWindow();
    followNavigation(ctx, steps, win, QUIET);
    go('https://news.example/two');
    await after(50);
    go('https://news.example/one');
    await after(50);
    go('https://news.example/one#more');
    await after(1_000);
    expect(steps.leave).toHaveBeenCalledTimes(2);
    expect(steps.arrive).toHaveBeenCalledTimes(1);
  });

  it('never arrives once the content script context is gone', async () => {
    const { win, go } = navigatingWindow();
    followNavigation(ctx, steps, win, QUIET);
    go('https://news.example/two');
    ctx.notifyInvalidated();
    await after(3_000);
    expect(steps.arrive).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
