import type { ActiveDataset } from '../utils/dataset/activeDataset';
import type { Dataset } from '../utils/dataset/schema';
import type { DataLang, Translate } from '../utils/i18n';
import type { Result } from '../utils/result';
import { DatasetImport } from './DatasetImport';
import { DatasetSummary } from './DatasetSummary';
import { ShortcutList, type Shortcut } from './ShortcutList';

export interface OptionsProps {
  active: ActiveDataset;
  lang: DataLang;
  t: Translate;
  onImport: (text: string) => Promise<Result<Dataset, string[]>>;
  shortcuts: readonly Shortcut[];
  browser: 'chrome' | 'firefox';
}

/** The options page: the data in force, and importing a replacement for it. */
export function Options({ active, lang, t, onImport, shortcuts, browser }: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('optionsCurrentData')}</h2>
      {active.storedProblems && (
        <div class="problems" role="alert">
          <p>{t('storedInvalid')}</p>
          <ul>
            {active.storedProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <DatasetSummary dataset={active.dataset} source={active.source} lang={lang} t={t} />
      <h2>{t('optionsUpdateData')}</h2>
      <DatasetImport t={t} onImport={onImport} />
      <ShortcutList shortcuts={shortcuts} browser={browser} t={t} />
    </main>
  );
}
