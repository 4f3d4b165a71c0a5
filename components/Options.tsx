import { useState } from 'preact/hooks';
import type { ActiveDataset } from '../utils/dataset/activeDataset';
import type { DataLang, Translate } from '../utils/i18n';
import type { Result } from '../utils/result';
import type { Settings } from '../utils/settings/settings';
import type { AutoRefreshSetting, DatasetSource, Problem, RefreshStatus } from '../utils/storage';
import { AutoRefresh } from './AutoRefresh';
import { CardSettings } from './CardSettings';
import { DatasetActions, type DatasetActionsProps } from './DatasetActions';
import { DatasetImport, type DatasetImportProps } from './DatasetImport';
import { DatasetSummary } from './DatasetSummary';
import { DensitySettings } from './DensitySettings';
import { ErrorBoundary } from './ErrorBoundary';
import { HighlightSettings } from './HighlightSettings';
import { OptionsRecovery } from './OptionsRecovery';
import { ProblemList } from './ProblemList';
import { ShortcutList, type Shortcut } from './ShortcutList';
import { SiteSettings } from './SiteSettings';

/** What the options page does with the data; the entrypoint wires these to storage. */
export type DataActions = Pick<
  DatasetImportProps,
  'onPrepareFile' | 'onPrepareText' | 'onPrepareUrl' | 'onApply' | 'onCancel'
> &
  Pick<DatasetActionsProps, 'onUndo' | 'onReset' | 'onExport'>;

export interface OptionsProps {
  active: ActiveDataset;
  /** Where the imported dataset in use came from. */
  origin?: DatasetSource | null;
  /** What undo would restore, if anything. */
  undoTarget?: { title: string; version: string };
  data: DataActions;
  refresh: {
    setting: AutoRefreshSetting;
    status: RefreshStatus | null;
    onToggle: (enabled: boolean) => Promise<Result<void, Problem>>;
    onCheckNow: () => Promise<void>;
  };
  settings: Settings;
  onSaveSetting: <K extends keyof Settings>(
    key: K,
    value: Settings[K],
  ) => Promise<Result<void, Problem>>;
  lang: DataLang;
  t: Translate;
  shortcuts: readonly Shortcut[];
  browser: 'chrome' | 'firefox';
}

/**
 * The options page: the data in force (undo, reset, export), updating it (file, URL, paste,
 * with a preview; daily refresh), and the reader's settings (colours, style, sites, card,
 * badge, shortcuts). Settings apply in open tabs at once; a setting that could not be saved
 * (e.g. a full sync quota) is reported. If any part throws while rendering, the page shows the
 * error with undo, reset and export (see {@link OptionsRecovery}) instead of going blank.
 */
export function Options(props: OptionsProps) {
  const { data, t, undoTarget } = props;
  return (
    <ErrorBoundary
      resetKey={props.active}
      fallback={(error) => (
        <OptionsRecovery
          error={error}
          t={t}
          undoTarget={undoTarget}
          onUndo={data.onUndo}
          onReset={data.onReset}
          onExport={data.onExport}
        />
      )}
    >
      <OptionsPage {...props} />
    </ErrorBoundary>
  );
}

function OptionsPage(props: OptionsProps) {
  const { active, lang, t, settings } = props;
  const [settingProblem, setSettingProblem] = useState<Problem | null>(null);
  const save = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void props
      .onSaveSetting(key, value)
      .then((result) => setSettingProblem(result.ok ? null : result.error));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="data-in-use">
        <h2 id="data-in-use">{t('optionsCurrentData')}</h2>
        {active.storedProblems && (
          <ProblemList intro={t('storedInvalid')} problems={active.storedProblems} t={t} />
        )}
        <DatasetSummary
          dataset={active.dataset}
          source={active.source}
          origin={props.origin}
          lang={lang}
          t={t}
        />
        <DatasetActions
          t={t}
          undoTarget={props.undoTarget}
          canReset={active.source === 'imported' || !!active.storedProblems}
          onUndo={props.data.onUndo}
          onReset={props.data.onReset}
          onExport={props.data.onExport}
        />
      </section>
      <section aria-labelledby="update-data">
        <h2 id="update-data">{t('optionsUpdateData')}</h2>
        <DatasetImport
          lang={lang}
          t={t}
          onPrepareFile={props.data.onPrepareFile}
          onPrepareText={props.data.onPrepareText}
          onPrepareUrl={props.data.onPrepareUrl}
          onApply={props.data.onApply}
          onCancel={props.data.onCancel}
        />
        <h3>{t('optionsAutoRefresh')}</h3>
        <AutoRefresh {...props.refresh} lang={lang} t={t} />
      </section>
      {settingProblem && (
        <ProblemList intro={t('settingNotSaved')} problems={[settingProblem]} t={t} />
      )}
      <section aria-labelledby="highlights">
        <h2 id="highlights">{t('optionsHighlights')}</h2>
        <HighlightSettings
          categories={active.dataset.categories}
          settings={settings}
          lang={lang}
          t={t}
          onSave={save}
        />
        <DensitySettings settings={settings} t={t} onSave={save} />
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">{t('optionsSites')}</h2>
        <SiteSettings settings={settings} t={t} onSave={save} />
      </section>
      <section aria-labelledby="card">
        <h2 id="card">{t('optionsCard')}</h2>
        <CardSettings settings={settings} t={t} onSave={save} />
      </section>
      <ShortcutList shortcuts={props.shortcuts} browser={props.browser} t={t} />
    </main>
  );
}
