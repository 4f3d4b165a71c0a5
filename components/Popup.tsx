import type { Dataset } from '../utils/dataset/schema';
import type { DataLang, Translate } from '../utils/i18n';
import { CastSearch } from './CastSearch';
import { CategoryToggles } from './CategoryToggles';

export interface PopupProps {
  dataset: Dataset;
  hiddenCategories: ReadonlySet<string>;
  lang: DataLang;
  t: Translate;
  onToggleCategory: (categoryId: string, visible: boolean) => void;
}

/** The toolbar popup: search the cast and switch highlight categories on and off. */
export function Popup({ dataset, hiddenCategories, lang, t, onToggleCategory }: PopupProps) {
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="muted">{dataset.title}</p>
      </header>
      <CastSearch dataset={dataset} lang={lang} t={t} />
      <CategoryToggles
        categories={dataset.categories}
        hidden={hiddenCategories}
        lang={lang}
        t={t}
        onToggle={onToggleCategory}
      />
    </main>
  );
}
