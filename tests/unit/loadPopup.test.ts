import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPopup } from '../../utils/extension-pages/popup/loadPopup';
import * as messages from '../../utils/platform/messages';
import { loadActiveCast } from '../../utils/platform/stories/activeCast';
import {
  categoryColorsItem,
  hiddenCategoriesItem,
  highlightEverywhereItem,
  pausedEverywhereItem,
  pausedSitesItem,
} from '../../utils/platform/storage';
import { ok } from '../../utils/shared/result';
import { mergeStories } from '../../utils/shared/story/cast';
import { summitStory } from '../fixtures/summitStory';

vi.mock('../../utils/platform/messages', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));
const sendMessage = vi.mocked(messages.sendMessage);

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
});
afterEach(() => vi.restoreAllMocks());

describe('loadPopup', () => {
  it('takes the cast the background serves, in the reader’s colours, with the stored switches', async () => {
    const served = mergeStories([summitStory], new Set());
    const category = summitStory.categories[0]!.id;
    sendMessage.mockResolvedValue(ok(served) as never);
    await categoryColorsItem.setValue({ [category]: '#123456' });
    await hiddenCategoriesItem.setValue(['x']);
    await pausedSitesItem.setValue(['paused.example.org']);
    await pausedEverywhereItem.setValue(true);
    await highlightEverywhereItem.setValue(true);
    const start = await loadPopup('?tab=9');
    expect(start.cast.dataset?.title).toBe(summitStory.title);
    expect(start.cast.dataset?.categories[0]).toEqual({
      ...summitStory.categories[0],
      color: '#123456',
    });
    expect(start).toMatchObject({
      hidden: ['x'],
      sites: ['paused.example.org'],
      everywhere: true,
      highlightEverywhere: true,
      tabId: 9,
    });
    expect(sendMessage.mock.calls).toEqual([['getActiveCast', null]]);
  });

  it('reads the cast itself when the background does not answer at once (asked once)', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection.'));
    const start = await loadPopup('?tab=9');
    expect(start.cast).toEqual(await loadActiveCast());
    expect(start.cast.dataset).not.toBeNull();
    expect(start).toMatchObject({ hidden: [], sites: [], everywhere: false });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
