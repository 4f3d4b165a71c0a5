import type { Category } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import {
  SETTINGS,
  type SaveSetting,
  type Settings,
} from '../../utils/shared/settings/settingsTable';
import type { HighlightStyle } from '../../utils/shared/settings/settingValues';

export interface HighlightSettingsProps {
  categories: readonly Category[];
  settings: Pick<Settings, 'categoryColors' | 'highlightStyle'>;
  lang: DataLang;
  t: Translate;
  onSave: SaveSetting;
}

/** A colour as `<input type="color">` takes it: `#rrggbb` (the data may say `#rgb` or `#rrggbbaa`). */
export function toInputColor(color: string): string {
  const hex = color.toLowerCase();
  if (/^#[0-9a-f]{3,4}$/.test(hex)) return `#${[...hex.slice(1, 4)].map((c) => c + c).join('')}`;
  return hex.slice(0, 7);
}

// Every highlight style the settings table allows needs its label: the Record type says so.
const STYLE_LABELS: Record<HighlightStyle, 'styleBackground' | 'styleUnderline' | 'styleSubtle'> = {
  background: 'styleBackground',
  underline: 'styleUnderline',
  subtle: 'styleSubtle',
};

/** Each style with its label, in the settings table's order. */
const STYLES = SETTINGS.highlightStyle.values.values.map((value) => ({
  value,
  key: STYLE_LABELS[value],
}));

/** How highlights look: each category's colour (the data's, or the reader's), and the style. */
export function HighlightSettings({
  categories,
  settings,
  lang,
  t,
  onSave,
}: HighlightSettingsProps) {
  const colors = settings.categoryColors;
  const setColor = (id: string, color: string | undefined) => {
    const next = Object.fromEntries(Object.entries(colors).filter(([key]) => key !== id));
    onSave('categoryColors', color === undefined ? next : { ...next, [id]: color });
  };
  return (
    <>
      <fieldset class="colors">
        <legend>{t('colorsLegend')}</legend>
        {categories.map((category) => {
          const chosen = Object.hasOwn(colors, category.id) ? colors[category.id] : undefined;
          const label = category.label[lang];
          return (
            <div class="color-row" key={category.id}>
              <label>
                <input
                  type="color"
                  value={toInputColor(chosen ?? category.color)}
                  onChange={(e) => setColor(category.id, e.currentTarget.value)}
                />{' '}
                {label}
              </label>
              {chosen && (
                <button
                  type="button"
                  aria-label={t('colorResetLabel', label)}
                  onClick={() => setColor(category.id, undefined)}
                >
                  {t('colorReset')}
                </button>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset class="styles">
        <legend>{t('styleLegend')}</legend>
        {STYLES.map(({ value, key }) => (
          <label class="toggle" key={value}>
            <input
              type="radio"
              name="highlight-style"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => onSave('highlightStyle', value)}
            />
            <span class={`sample sample-${value}`}>{t(key)}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
