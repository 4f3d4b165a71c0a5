import type { Category } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';

export interface CategoryTogglesProps {
  categories: readonly Category[];
  hidden: ReadonlySet<string>;
  lang: DataLang;
  t: Translate;
  onToggle: (categoryId: string, visible: boolean) => void;
  /** Mentions per category on the current page, when known. */
  counts?: ReadonlyMap<string, number>;
}

/**
 * One checkbox per category, in its colour and with its count on this page: unticking hides
 * that category's highlights in every open tab.
 */
export function CategoryToggles(props: CategoryTogglesProps) {
  const { categories, hidden, lang, t, onToggle, counts } = props;
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
          {counts && (
            <span class="count muted">
              {t('popupCategoryCount', String(counts.get(category.id) ?? 0))}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
