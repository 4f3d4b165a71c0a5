// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PopupStart } from '../../utils/extension-pages/popup/loadPopup';
import { usePageState } from '../../utils/extension-pages/popup/usePageState';
import { usePopupState } from '../../utils/extension-pages/popup/usePopupState';
import { useInstalledStories } from '../../utils/extension-pages/options/useInstalledStories';
import { useSettings } from '../../utils/extension-pages/options/useSettings';
import { applyStory } from '../../utils/platform/stories/storyStore';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { loadSettings } from '../../utils/platform/settings';
import {
  hiddenCategoriesItem,
  hoverDelayItem,
  pausedSitesItem,
} from '../../utils/platform/storage';
import { mergeStories } from '../../utils/shared/story/cast';
import { summitStory } from '../fixtures/summitStory';

const START: PopupStart = {
  cast: mergeStories([summitStory], new Set()),
  hidden: ['a'],
  sites: [],
  everywhere: false,
  highlightEverywhere: false,
  tabId: 7,
};
const PAGE = { host: 'news.example.org', paused: false, actors: [{ id: 'x', mentions: 2 }] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ({
    res: { ok: true, value: PAGE },
  })) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('usePopupState', () => {
  it('shows the tab’s answer, and pauses the host it reports', async () => {
    const { result } = renderHook(() => usePopupState(START));
    await waitFor(() => expect(result.current.page).toEqual({ kind: 'ready', cast: PAGE }));
    expect(result.current.pausedHere).toBe(false);
    act(() => result.current.onPauseHere(true));
    expect(result.current.pausedHere).toBe(true);
    await waitFor(async () => expect(await pausedSitesItem.getValue()).toEqual([PAGE.host]));
  });

  it('writes a category switched off or on through to storage', async () => {
    const { result } = renderHook(() => usePopupState(START));
    act(() => result.current.onToggleCategory('b', false));
    expect([...result.current.hiddenCategories]).toEqual(['a', 'b']);
    await waitFor(async () => expect(await hiddenCategoriesItem.getValue()).toEqual(['a', 'b']));
    act(() => result.current.onToggleCategory('a', true));
    expect([...result.current.hiddenCategories]).toEqual(['b']);
  });

  it('follows a switch changed elsewhere', async () => {
    const { result } = renderHook(() => usePopupState(START));
    await act(() => hiddenCategoriesItem.setValue(['c']));
    await waitFor(() => expect([...result.current.hiddenCategories]).toEqual(['c']));
  });
});

describe('usePageState', () => {
  it('says "unavailable" when the tab does not answer, or there is no tab', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('No connection'));
    const silent = renderHook(() => usePageState(7));
    expect(silent.result.current[0]).toEqual({ kind: 'loading' });
    await waitFor(() => expect(silent.result.current[0]).toEqual({ kind: 'unavailable' }));
    const none = renderHook(() => usePageState(undefined));
    await waitFor(() => expect(none.result.current[0]).toEqual({ kind: 'unavailable' }));
  });
});

describe('useSettings', () => {
  it('starts from the settings read and follows each one changed elsewhere', async () => {
    const initial = await loadSettings();
    const { result } = renderHook(() => useSettings(initial));
    expect(result.current).toEqual(initial);
    await act(() => hoverDelayItem.setValue(1200));
    await waitFor(() => expect(result.current).toEqual({ ...initial, hoverDelay: 1200 }));
  });
});

describe('useInstalledStories', () => {
  it('lists the bundled stories, then follows a story installed elsewhere', async () => {
    const { result } = renderHook(() => useInstalledStories({}));
    const bundledIds = bundledStories().map((d) => d.story.id);
    expect(result.current.stories.map((s) => s.id)).toEqual(bundledIds);
    await act(async () => void (await applyStory(summitStory, { kind: 'paste', name: '' })));
    await waitFor(() =>
      expect(result.current.stories.map((s) => s.id)).toEqual([
        ...bundledIds,
        summitStory.story.id,
      ]),
    );
    expect(Object.keys(result.current.stored)).toEqual([summitStory.story.id]);
    expect(result.current.views.at(-1)?.dataset?.title).toBe(summitStory.title);
    const ids = result.current.categories.map((c) => c.id);
    for (const category of summitStory.categories) expect(ids).toContain(category.id);
  });
});
