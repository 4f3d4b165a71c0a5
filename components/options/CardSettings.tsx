import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/shared/i18n';
import {
  SETTINGS,
  type SaveSetting,
  type Settings,
} from '../../utils/shared/settings/settingsTable';
import type { CardLanguage } from '../../utils/shared/settings/settingValues';

export interface CardSettingsProps {
  settings: Pick<Settings, 'hoverDelay' | 'cardLanguage' | 'showBadge'>;
  t: Translate;
  onSave: SaveSetting;
}

// Every card language the settings table allows needs its label: the Record type says so.
const LANGUAGE_LABELS: Record<
  CardLanguage,
  'cardLanguageBrowser' | 'cardLanguagePage' | 'cardLanguageEn' | 'cardLanguageDe'
> = {
  browser: 'cardLanguageBrowser',
  page: 'cardLanguagePage',
  en: 'cardLanguageEn',
  de: 'cardLanguageDe',
};

/** Each card language with its label, in the settings table's order. */
const LANGUAGES = SETTINGS.cardLanguage.values.values.map((value) => ({
  value,
  key: LANGUAGE_LABELS[value],
}));

/** The card's open delay and language, and the toolbar badge. */
export function CardSettings({ settings, t, onSave }: CardSettingsProps) {
  // The slider shows its value while it moves, and saves once it is let go (sync storage
  // allows some 120 writes a minute).
  const [delay, setDelay] = useState(settings.hoverDelay);
  useEffect(() => setDelay(settings.hoverDelay), [settings.hoverDelay]);
  return (
    <>
      <div class="field">
        <label for="hover-delay">{t('hoverDelayLabel')}</label>
        <div class="row">
          <input
            id="hover-delay"
            type="range"
            min={SETTINGS.hoverDelay.values.min}
            max={SETTINGS.hoverDelay.values.max}
            step={50}
            value={delay}
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => onSave('hoverDelay', Number(e.currentTarget.value))}
          />
          <output for="hover-delay">{t('hoverDelayValue', String(delay))}</output>
        </div>
      </div>
      <div class="field">
        <label for="card-language">{t('cardLanguageLabel')}</label>
        <select
          id="card-language"
          value={settings.cardLanguage}
          onChange={(e) => onSave('cardLanguage', e.currentTarget.value as CardLanguage)}
        >
          {LANGUAGES.map(({ value, key }) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.showBadge}
          onChange={(e) => onSave('showBadge', e.currentTarget.checked)}
        />
        {t('badgeLabel')}
      </label>
    </>
  );
}
