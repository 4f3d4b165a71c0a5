import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageAddress, watchNavigation } from '../../utils/content/watchNavigation';

/** A window with the Navigation API, whose address the test sets and announces. */
function navigatingWindow(href: string) {
  const navigation = new EventTarget();
  const win = { location: { href }, navigation };
  const go = (to: string, navigationType = 'push') => {
    win.location.href = to;
    navigation.dispatchEvent(Object.assign(new Event('currententrychange'), { navigationType }));
  };
  return { win: win as unknown as Window, go, navigation };
}

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined); // WXT logs each invalidation
  ctx = new ContentScriptContext('watch-navigation-test');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('pageAddress', () => {
  it('drops the fragment and keeps path and query', () => {
    expect(pageAddress('https://news.example/a?x=1#top')).toBe('https://news.example/a?x=1');
    expect(pageAddress('https://news.example/a')).toBe('https://news.example/a');
  });
});

describe('watchNavigation with the Navigation API', () => {
  it('calls once per new page (path or query), never for a #fragment jump', () => {
    const { win, go } = navigatingWindow('https://news.example/one');
    const seen: string[] = [];
    watchNavigation(ctx, (address) => seen.push(address), win);
    go('https://news.example/one#section-2');
    go('https://news.example/one#section-3');
    expect(seen).toEqual([]);
    go('https://news.example/two');
    go('https://news.example/two?page=2');
    go('https://news.example/two?page=2#comments');
    go('https://news.example/one');
    expect(seen).toEqual([
      'https://news.example/two',
      'https://news.example/two?page=2',
      'https://news.example/one',
    ]);
  });

  it('leaves an address the app rewrote in place (replaceState) to the text it follows', () => {
    const { win, go } = navigatingWindow('https://news.example/one');
    const seen: string[] = [];
    watchNavigation(ctx, (address) => seen.push(address), win);
    go('https://news.example/two', 'replace');
    go('https://news.example/two', 'push');
    go('https://news.example/three', 'traverse');
    expect(seen).toEqual(['https://news.example/three']);
  });

  it('takes an event only as a prompt to look: a repeated or forged one changes nothing', () => {
    const { win, go, navigation } = navigatingWindow('https://news.example/one');
    const onNavigate = vi.fn();
    watchNavigation(ctx, onNavigate, win);
    navigation.dispatchEvent(new Event('currententrychange'));
    go('https://news.example/two');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('stops when the content script context is invalidated', () => {
    const { win, go } = navigatingWindow('https://news.example/one');
    const onNavigate = vi.fn();
    watchNavigation(ctx, onNavigate, win);
    ctx.notifyInvalidated();
    go('https://news.example/two');
    expect(onNavigate).not.toHaveBeenCalled();
  });
});

describe('watchNavigation without the Navigation API (WXT polls, popstate at once)', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/one');
  });

  it('notices pushState within WXT’s one-second poll, and back/forward at once', () => {
    vi.useFakeTimers();
    expect('navigation' in window).toBe(false);
    const seen: string[] = [];
    watchNavigation(ctx, (address) => seen.push(new URL(address).pathname));
    history.pushState(null, '', '/two');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(seen).toEqual(['/two']);
    history.pushState(null, '', '/two#more');
    vi.advanceTimersByTime(3_000);
    expect(seen).toEqual(['/two']);
    history.replaceState(null, '', '/one');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/two', '/one']);
    vi.advanceTimersByTime(3_000);
    expect(seen).toEqual(['/two', '/one']);
  });

  it('stops when the content script context is invalidated', () => {
    vi.useFakeTimers();
    const onNavigate = vi.fn();
    watchNavigation(ctx, onNavigate);
    ctx.notifyInvalidated();
    history.pushState(null, '', '/three');
    vi.advanceTimersByTime(3_000);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onNavigate).not.toHaveBeenCalled();
  });
});
