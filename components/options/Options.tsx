import { useState } from 'preact/hooks';
import type { Category } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { StoryEntry } from '../../utils/shared/story/storyEntry';
import type { Result } from '../../utils/shared/result';
import type { Settings } from '../../utils/shared/settings/settingsTable';
import type { Problem } from '../../utils/shared/problems/Problem';
import { CardSettings } from './CardSettings';
import { DatasetImport, type DatasetImportProps } from './DatasetImport';
import { DensitySettings } from './DensitySettings';
import { ErrorBoundary } from './ErrorBoundary';
import { HighlightSettings } from './HighlightSettings';
import { OptionsRecovery } from './OptionsRecovery';
import { ProblemList } from './ProblemList';
import { ShortcutList, type Shortcut } from './ShortcutList';
import { SiteSettings } from './SiteSettings';
import { StoryList } from './StoryList';
import type { StoryActions } from './storyActions';

/**
 * What the import does with a file, an address or pasted text; wired in
 * `utils/extension-pages/options/importActions.ts`.
 */
export type ImportActions = Pick<
  DatasetImportProps,
  'onPrepareFile' | 'onPrepareText' | 'onPrepareUrl' | 'onApply' | 'onCancel'
>;

export interface OptionsProps {
  /** The stories installed: bundled first (bundled order), then imported by install time. */
  stories: readonly StoryEntry[];
  storyActions: StoryActions;
  data: ImportActions;
  /** The categories of every installed story (shared ids once), for their colours. */
  categories: readonly Category[];
  settings: Settings;
  onSaveSetting: <K extends keyof Settings>(
    key: K,
    value: Settings[K],
  ) => Promise<Result<void, Problem>>;
  /** The language of the reader's interface (and of data texts on this page). */
  lang: DataLang;
  /** The language of story titles and summaries: the card's. */
  storyLang: DataLang;
  t: Translate;
  shortcuts: readonly Shortcut[];
  browser: 'chrome' | 'firefox';
}

/**
 * The options page: the stories installed (each with its switch, source, undo, reset or remove,
 * export and daily refresh), importing a story (file, URL, paste, with a preview), and the
 * reader's settings (colours, style, sites, card, badge, shortcuts). Settings apply in open tabs
 * at once; a setting that could not be saved (e.g. a full sync quota) is reported. If any part
 * throws while rendering, the page shows the error with each story's export, reset and remove
 * (see {@link OptionsRecovery}) instead of going blank.
 */
export function Options(props: OptionsProps) {
  const { t, stories, storyActions } = props;
  return (
    <ErrorBoundary
      resetKey={stories}
      fallback={(error) => (
        <OptionsRecovery error={error} stories={stories} t={t} actions={storyActions} />
      )}
    >
      <OptionsPage {...props} />
    </ErrorBoundary>
  );
}

function OptionsPage(props: OptionsProps) {
  const { lang, t, settings } = props;
  const [settingProblem, setSettingProblem] = useState<Problem | null>(null);
  const save = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void props
      .onSaveSetting(key, value)
      .then((result) => setSettingProblem(result.ok ? null : result.error));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="stories">
        <h2 id="stories">{t('optionsStories')}</h2>
        <p class="muted">{t('optionsStoriesIntro')}</p>
        <StoryList
          stories={props.stories}
          lang={props.storyLang}
          t={t}
          actions={props.storyActions}
        />
      </section>
      <section aria-labelledby="update-data">
        <h2 id="update-data">{t('optionsUpdateData')}</h2>
        <DatasetImport lang={props.storyLang} t={t} {...props.data} />
      </section>
      {settingProblem && (
        <ProblemList intro={t('settingNotSaved')} problems={[settingProblem]} t={t} />
      )}
      <section aria-labelledby="highlights">
        <h2 id="highlights">{t('optionsHighlights')}</h2>
        <HighlightSettings
          categories={props.categories}
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
