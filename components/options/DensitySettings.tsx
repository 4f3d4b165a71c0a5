import type { Translate } from '../../utils/shared/i18n';
import {
  SETTINGS,
  type SaveSetting,
  type Settings,
} from '../../utils/shared/settings/settingsTable';
import type { HighlightDensity } from '../../utils/shared/settings/settingValues';

// Every density the settings table allows needs its label: the Record type says so.
const DENSITY_LABELS: Record<HighlightDensity, 'densityCalm' | 'densityFirst' | 'densityEvery'> = {
  calm: 'densityCalm',
  first: 'densityFirst',
  every: 'densityEvery',
};

/** Each density with its label, in the settings table's order. */
const DENSITIES = SETTINGS.highlightDensity.values.values.map((value) => ({
  value,
  key: DENSITY_LABELS[value],
}));

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
