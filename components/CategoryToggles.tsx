import type { Category } from '../utils/dataset/schema';
import type { DataLang, Translate } from '../utils/i18n';

export interface CategoryTogglesProps {
  categories: readonly Category[];
  hidden: ReadonlySet<string>;
  lang: DataLang;
  t: Translate;
  onToggle: (categoryId: string, visible: boolean) => void;
}

/** One checkbox per category, in its colour: unticking hides that category's highlights. */
export function CategoryToggles({ categories, hidden, lang, t, onToggle }: CategoryTogglesProps) {
  return (
    <fieldset class="toggles">
      <legend>{t('popupCategories')}</legend>
      {categories.map((category) => (
        <label key={category.id} class="toggle">
          <input
            type="checkbox"
            checked={!hidden.has(category.id)}
            onChange={(e) => onToggle(category.id, e.currentTarget.checked)}
          />
          <span class="swatch" style={{ background: category.color }} aria-hidden="true" />
          {category.label[lang]}
        </label>
      ))}
    </fieldset>
  );
}
