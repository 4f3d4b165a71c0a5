import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options, type ImportActions } from '../../components/options/Options';
import type { Shortcut } from '../../components/options/ShortcutList';
import type { StoryActions } from '../../components/options/storyActions';
import '../../components/card/card.css';
import '../../components/page.css';
import '../../components/options/options.css';
import { browserDataLang, browserTranslate } from '../../utils/platform/browserI18n';
import { downloadDataset, storyFile } from '../../utils/shared/dataset/exportDataset';
import { refreshStoryNow } from '../../utils/platform/update/refresh';
import { revokeHostPermission } from '../../utils/platform/update/revokeHostPermission';
import { storageProblem } from '../../utils/shared/dataset/storageProblem';
import { applyImport } from '../../utils/extension-pages/options/applyImport';
import {
  prepareFile,
  prepareText,
  prepareUrl,
} from '../../utils/extension-pages/options/prepareImport';
import {
  installedCategories,
  storyEntries,
} from '../../utils/extension-pages/options/storyEntries';
import { switchStoryRefresh } from '../../utils/extension-pages/options/storyRefresh';
import { err, ok, type Result } from '../../utils/shared/result';
import { resolveCardLang } from '../../utils/shared/settings/cardLanguage';
import { loadSettings, SETTING_ITEMS, watchSettings } from '../../utils/platform/settings';
import type { Settings } from '../../utils/shared/settings/settingsTable';
import { storiesItem } from '../../utils/platform/storage';
import type { InstalledStory } from '../../utils/shared/story/installedStory';
import type { Problem } from '../../utils/shared/problem';
import {
  installedStories,
  readStories,
  removeStory,
  resetStory,
  setStoryEnabled,
  undoStory,
} from '../../utils/platform/stories/storyStore';
import { inForceOnce } from '../../utils/platform/stories/activeCastCache';
import { useStoredValue } from '../../utils/extension-pages/useStoredValue';

interface Initial {
  stories: Record<string, InstalledStory>;
  settings: Settings;
  shortcuts: Shortcut[];
}

const saveTo = async (write: () => Promise<void>): Promise<Result<void, Problem>> => {
  try {
    await write();
    return ok(undefined);
  } catch (e) {
    return err(storageProblem(e));
  }
};

/** Composes the options page: the stories installed (from storage, live), import and settings. */
function App({ initial }: { initial: Initial }) {
  const t = browserTranslate;
  const lang = browserDataLang();
  const [stored] = useStoredValue(storiesItem, initial.stories);
  const [settings, setSettings] = useState(initial.settings);
  useEffect(() => watchSettings((key, value) => setSettings((s) => ({ ...s, [key]: value }))), []);
  // Each stored file is validated once, not again on every switch or undo of another story.
  const inForce = useMemo(() => inForceOnce(), []);
  const views = useMemo(() => installedStories(stored, inForce), [stored, inForce]);
  const stories = useMemo(() => storyEntries(views), [views]);
  const categories = useMemo(() => installedCategories(views), [views]);
  /** The data in force of the installed story `id`, for the import's preview. */
  const installed = (id: string) => {
    const view = views.find((v) => v.id === id);
    return view ? (view.dataset ?? 'unusable') : null;
  };

  const storyActions: StoryActions = {
    onToggle: setStoryEnabled,
    onUndo: undoStory,
    onReset: resetStory,
    onRemove: removeStory,
    onExport: (id) => {
      const file = storyFile(stored, id);
      if (file) downloadDataset(file);
    },
    onRefreshToggle: switchStoryRefresh,
    onCheckNow: async (id) => void (await refreshStoryNow(id)),
  };
  const data: ImportActions = {
    onPrepareFile: (file) => prepareFile(file, installed),
    onPrepareText: (text) => prepareText(text, installed),
    onPrepareUrl: (text) => prepareUrl(text, installed),
    onApply: applyImport,
    onCancel: ({ source }) => {
      if (source.kind === 'url') void revokeHostPermission(source.name).catch(() => undefined);
    },
  };

  return (
    <Options
      stories={stories}
      storyActions={storyActions}
      data={data}
      categories={categories}
      settings={settings}
      onSaveSetting={(key, value) => saveTo(() => SETTING_ITEMS[key].setValue(value))}
      lang={lang}
      storyLang={resolveCardLang(settings.cardLanguage, '', lang)}
      t={t}
      shortcuts={initial.shortcuts}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />
  );
}

async function main() {
  const [read, settings, commands] = await Promise.all([
    readStories(),
    loadSettings(),
    browser.commands.getAll(),
  ]);
  const shortcuts = commands
    .filter((c) => c.name?.startsWith('focus-'))
    .map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
  document.documentElement.lang = browserDataLang();
  render(
    <App initial={{ stories: read.ok ? read.value : {}, settings, shortcuts }} />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
