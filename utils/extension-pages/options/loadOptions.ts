import { browser } from 'wxt/browser';
import type { InstalledStory } from '../../shared/story/installedStory';
import { loadSettings } from '../../platform/settings';
import type { Settings } from '../../shared/settings/settingsTable';
import { readStories } from '../../platform/stories/storyStore';
import { focusShortcuts } from './focusShortcuts';

/** What the options page shows at once, read before its first render. */
export interface OptionsStart {
  /** The stored stories; none when storage could not be read (the bundled ones still show). */
  stories: Record<string, InstalledStory>;
  settings: Settings;
  shortcuts: ReturnType<typeof focusShortcuts>;
}

/** Reads, at once, what the options page opens with: the stories, the settings, the shortcuts. */
export async function loadOptions(): Promise<OptionsStart> {
  const [read, settings, commands] = await Promise.all([
    readStories(),
    loadSettings(),
    browser.commands.getAll(),
  ]);
  return { stories: read.ok ? read.value : {}, settings, shortcuts: focusShortcuts(commands) };
}
