import type { Translate } from '../../utils/shared/i18n';
import type { SaveSetting, Settings } from '../../utils/platform/settings';
import type { HighlightDensity } from '../../utils/shared/settings/settingValues';

const DENSITIES: {
  value: HighlightDensity;
  key: 'densityCalm' | 'densityFirst' | 'densityEvery';
}[] = [
  { value: 'calm', key: 'densityCalm' },
  { value: 'first', key: 'densityFirst' },
  { value: 'every', key: 'densityEvery' },
];

/**
 * How many mentions are highlighted in full: calm (the default: the first of each name per
 * paragraph, later ones lighter), the first on the page only, or every mention. Open pages
 * follow at once, by attributes only.
 */
export function DensitySettings(props: {
  settings: Pick<Settings, 'highlightDensity'>;
  t: Translate;
  onSave: SaveSetting;
}) {
  const { settings, t, onSave } = props;
  return (
    <fieldset class="styles">
      <legend>{t('densityLegend')}</legend>
      {DENSITIES.map(({ value, key }) => (
        <label class="toggle" key={value}>
          <input
            type="radio"
            name="highlight-density"
            value={value}
            checked={settings.highlightDensity === value}
            onChange={() => onSave('highlightDensity', value)}
          />
          {t(key)}
        </label>
      ))}
    </fieldset>
  );
}
