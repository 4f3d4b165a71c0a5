import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options, type DataActions } from '../../components/Options';
import type { Shortcut } from '../../components/ShortcutList';
import '../../components/card.css';
import '../../components/page.css';
import '../../components/options.css';
import { browserDataLang, browserTranslate } from '../../utils/browserI18n';
import { useStoredValue } from '../../utils/useStoredValue';
import { activeDatasetOf } from '../../utils/dataset/activeDataset';
import { bundledDataset } from '../../utils/dataset/bundled';
import { prepareCandidate } from '../../utils/dataset/candidate';
import { MAX_DATASET_BYTES, tooLargeProblem } from '../../utils/dataset/decode';
import { downloadDataset } from '../../utils/dataset/exportDataset';
import { checkDatasetUrl, fetchDataset, originPattern } from '../../utils/dataset/fetchDataset';
import { refreshNow } from '../../utils/dataset/refresh';
import { revokeHostPermission } from '../../utils/dataset/revokeHostPermission';
import {
  applyDataset,
  readDataState,
  resetToBundled,
  storageProblem,
  undoDataset,
  type DataState,
} from '../../utils/dataset/store';
import { err, ok, type Result } from '../../utils/result';
import {
  loadSettings,
  SETTING_ITEMS,
  watchSettings,
  type Settings,
} from '../../utils/settings/settings';
import {
  autoRefreshItem,
  datasetItem,
  datasetSourceItem,
  previousDatasetItem,
  refreshStatusItem,
  type AutoRefreshSetting,
  type Problem,
  type RefreshStatus,
} from '../../utils/storage';

interface Initial {
  data: DataState;
  settings: Settings;
  refresh: AutoRefreshSetting;
  status: RefreshStatus | null;
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

function App({ initial }: { initial: Initial }) {
  const t = browserTranslate;
  const lang = browserDataLang();
  const stored = useStoredValue(datasetItem, initial.data.dataset)[0];
  const origin = useStoredValue(datasetSourceItem, initial.data.source)[0];
  const previous = useStoredValue(previousDatasetItem, initial.data.previous)[0];
  const refresh = useStoredValue(autoRefreshItem, initial.refresh)[0];
  const status = useStoredValue(refreshStatusItem, initial.status)[0];
  const [settings, setSettings] = useState(initial.settings);
  useEffect(() => watchSettings((key, value) => setSettings((s) => ({ ...s, [key]: value }))), []);
  const active = useMemo(() => activeDatasetOf(stored), [stored]);
  const undoTarget = useMemo(() => {
    if (!previous) return undefined;
    const { title, version } = previous.dataset ?? bundledDataset();
    return { title, version };
  }, [previous]);

  /**
   * Data from elsewhere replaces the URL's: daily updates from that URL stop (first, so a
   * failure to save that leaves the data as it was).
   */
  const stopRefresh = () =>
    saveTo(async () => {
      if (refresh.enabled) await autoRefreshItem.setValue({ ...refresh, enabled: false });
    });

  const data: DataActions = {
    onPrepareFile: async (file) => {
      if (file.size > MAX_DATASET_BYTES) return err([tooLargeProblem(file.size)]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return prepareCandidate(bytes, active.dataset, { kind: 'file', name: file.name });
    },
    onPrepareText: async (text) =>
      prepareCandidate(text, active.dataset, { kind: 'paste', name: '' }),
    onPrepareUrl: (text) => {
      const url = checkDatasetUrl(text);
      if (!url.ok) return Promise.resolve(err([url.error]));
      // Asked before anything is awaited: browsers grant it only during the reader's click.
      const permission = browser.permissions.request({ origins: [originPattern(url.value)] });
      const source = { kind: 'url' as const, name: url.value.href };
      return (async () => {
        if (!(await permission.catch(() => false))) {
          return err([{ key: 'importPermissionDenied', subs: [url.value.host] }]);
        }
        const fetched = await fetchDataset(url.value);
        const prepared = !fetched.ok
          ? err([fetched.error])
          : fetched.value.kind !== 'body'
            ? err([{ key: 'unexpectedError' as const, subs: ['304'] }])
            : prepareCandidate(
                fetched.value.bytes,
                active.dataset,
                source,
                fetched.value.validators,
              );
        // A URL whose data cannot be used keeps no access to its host.
        if (!prepared.ok) await revokeHostPermission(url.value.href).catch(() => undefined);
        return prepared;
      })();
    },
    onApply: async (candidate, { daily }) => {
      const { kind, name } = candidate.source;
      if (kind !== 'url') {
        const stopped = await stopRefresh();
        if (!stopped.ok) return err([stopped.error]);
      }
      const applied = await applyDataset(candidate.dataset, candidate.source, candidate.validators);
      if (!applied.ok || kind !== 'url') return applied.ok ? ok({}) : applied;
      // After the data: daily updates must never start from a URL whose data was not applied.
      const saved = await saveTo(() => autoRefreshItem.setValue({ enabled: daily, url: name }));
      return ok(saved.ok ? {} : { notSaved: saved.error });
    },
    onCancel: ({ source }) => {
      if (source.kind === 'url') void revokeHostPermission(source.name).catch(() => undefined);
    },
    onUndo: undoDataset,
    onReset: async () => {
      const stopped = await stopRefresh();
      return stopped.ok ? resetToBundled() : err([stopped.error]);
    },
    onExport: () => downloadDataset(active.dataset),
  };

  return (
    <Options
      active={active}
      origin={origin}
      undoTarget={undoTarget}
      data={data}
      refresh={{
        setting: refresh,
        status,
        onToggle: (enabled) => saveTo(() => autoRefreshItem.setValue({ ...refresh, enabled })),
        onCheckNow: async () => void (await refreshNow()),
      }}
      settings={settings}
      onSaveSetting={(key, value) => saveTo(() => SETTING_ITEMS[key].setValue(value))}
      lang={lang}
      t={t}
      shortcuts={initial.shortcuts}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />
  );
}

async function main() {
  const [data, settings, refresh, status, commands] = await Promise.all([
    readDataState(),
    loadSettings(),
    autoRefreshItem.getValue(),
    refreshStatusItem.getValue(),
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
    <App initial={{ data, settings, refresh, status, shortcuts }} />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
