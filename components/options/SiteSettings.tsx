import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/shared/i18n';
import type { SaveSetting, Settings } from '../../utils/shared/settings/settingsTable';
import { normalizeSite } from '../../utils/shared/settings/sites';

export interface SiteSettingsProps {
  settings: Pick<Settings, 'siteMode' | 'pausedSites' | 'allowedSites' | 'pausedEverywhere'>;
  t: Translate;
  onSave: SaveSetting;
}

/**
 * Where Dramatis runs: everywhere but the paused sites, or only on the listed ones; both lists
 * with a way to add and remove sites, and the "pause everywhere" switch the popup also has.
 */
export function SiteSettings({ settings, t, onSave }: SiteSettingsProps) {
  return (
    <>
      <fieldset class="site-mode">
        <legend>{t('sitesModeLegend')}</legend>
        <label class="toggle">
          <input
            type="radio"
            name="site-mode"
            checked={settings.siteMode === 'all'}
            onChange={() => onSave('siteMode', 'all')}
          />
          {t('siteModeAll')}
        </label>
        <label class="toggle">
          <input
            type="radio"
            name="site-mode"
            checked={settings.siteMode === 'listed'}
            onChange={() => onSave('siteMode', 'listed')}
          />
          {t('siteModeListed')}
        </label>
      </fieldset>
      <SiteList
        id="paused-sites"
        title={t('sitesPaused')}
        sites={settings.pausedSites}
        t={t}
        onChange={(sites) => onSave('pausedSites', sites)}
      />
      <SiteList
        id="allowed-sites"
        title={t('sitesAllowed')}
        sites={settings.allowedSites}
        t={t}
        onChange={(sites) => onSave('allowedSites', sites)}
      />
      <p class="muted">{t('sitesHint')}</p>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.pausedEverywhere}
          onChange={(e) => onSave('pausedEverywhere', e.currentTarget.checked)}
        />
        {t('popupPauseEverywhere')}
      </label>
    </>
  );
}

interface SiteListProps {
  id: string;
  title: string;
  sites: readonly string[];
  t: Translate;
  onChange: (sites: string[]) => void;
}

/** A list of sites, each with a remove button, and a field to add one. */
function SiteList({ id, title, sites, t, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const add = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    const site = normalizeSite(text);
    if (!site) {
      setInvalid(text.trim());
      return;
    }
    setInvalid(undefined);
    setText('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <section class="site-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {sites.length ? (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={t('siteRemove', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sitesNone')}</p>
      )}
      <form class="row" onSubmit={add}>
        <input
          type="text"
          aria-label={t('siteAddLabel', title)}
          placeholder="www.example.com"
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">{t('siteAdd')}</button>
      </form>
      {invalid !== undefined && (
        <p class="problems" role="alert">
          {t('siteInvalid', invalid)}
        </p>
      )}
    </section>
  );
}
