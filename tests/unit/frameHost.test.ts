import { describe, expect, it } from 'vitest';
import { frameHost, isFramePaused } from '../../utils/content/frameHost';

interface FakeLocation {
  hostname: string;
  origin: string;
  ancestorOrigins?: string[];
}

/** A window as far as frameHost looks: its location and its parent (itself at the top). */
function frame(location: FakeLocation, parent?: Window): Window {
  const win = { location } as unknown as { location: FakeLocation; parent: Window };
  win.parent = parent ?? (win as unknown as Window);
  return win as unknown as Window;
}

const policy = { pausedSites: [], pausedEverywhere: false, siteMode: 'all', allowedSites: [] };

describe('frameHost', () => {
  it("is the frame's own host when it has one", () => {
    expect(frameHost(frame({ hostname: 'news.example', origin: 'https://news.example' }))).toBe(
      'news.example',
    );
  });

  it('judges about:blank, srcdoc and blob: frames by the origin they inherit', () => {
    const blank = frame({ hostname: '', origin: 'https://news.example' });
    expect(frameHost(blank)).toBe('news.example');
  });

  it('judges an opaque-origin frame by its ancestors (Chromium) or its parent (Firefox)', () => {
    const sandboxed = { hostname: '', origin: 'null' };
    expect(frameHost(frame({ ...sandboxed, ancestorOrigins: ['https://news.example'] }))).toBe(
      'news.example',
    );
    const parent = frame({ hostname: 'news.example', origin: 'https://news.example' });
    expect(frameHost(frame(sandboxed, parent))).toBe('news.example');
    const unreadable = frame(sandboxed, {
      get location(): never {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as Window);
    expect(frameHost(unreadable)).toBe('');
  });
});

describe('isFramePaused', () => {
  it('keeps a frame whose host could not be told off once any site is paused', () => {
    expect(isFramePaused('', { ...policy, siteMode: 'all' } as const)).toBe(false);
    expect(isFramePaused('', { ...policy, siteMode: 'all', pausedSites: ['a.example'] })).toBe(
      true,
    );
    expect(
      isFramePaused('b.example', { ...policy, siteMode: 'all', pausedSites: ['a.example'] }),
    ).toBe(false);
  });
});
