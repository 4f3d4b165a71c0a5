import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../utils/shared/dataset/schema';
import { bundledStories } from '../../utils/shared/story/bundledStories';
import { focusShortcuts } from '../../utils/extension-pages/options/focusShortcuts';
import { loadOptions } from '../../utils/extension-pages/options/loadOptions';
import { loadSettings } from '../../utils/platform/settings';
import { storiesItem } from '../../utils/platform/storage';
import { applyStory } from '../../utils/platform/stories/storyStore';

const [bundled] = bundledStories() as [Dataset];
const COMMANDS = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+D' },
  { name: 'focus-next', description: 'Next mention', shortcut: 'Alt+J' },
  { name: 'focus-previous', description: 'Previous mention' },
  { description: 'nameless' },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(COMMANDS);
});
afterEach(() => vi.restoreAllMocks());

describe('focusShortcuts', () => {
  it('lists only the focus commands, each with what is known of it', () => {
    expect(focusShortcuts(COMMANDS)).toEqual([
      { name: 'focus-next', description: 'Next mention', shortcut: 'Alt+J' },
      { name: 'focus-previous', description: 'Previous mention', shortcut: '' },
    ]);
  });
});

describe('loadOptions', () => {
  it('reads the stored stories, the settings and the shortcuts', async () => {
    await applyStory({ ...structuredClone(bundled), title: 'Day 2' }, { kind: 'paste', name: '' });
    const start = await loadOptions();
    expect(start.stories).toEqual(await storiesItem.getValue());
    expect(start.stories[bundled.story.id]?.dataset?.title).toBe('Day 2');
    expect(start.settings).toEqual(await loadSettings());
    expect(start.shortcuts.map((s) => s.name)).toEqual(['focus-next', 'focus-previous']);
  });

  it('opens with no stored stories when storage cannot be read', async () => {
    vi.spyOn(storiesItem, 'getValue').mockRejectedValue(new Error('IO error'));
    expect((await loadOptions()).stories).toEqual({});
  });
});
