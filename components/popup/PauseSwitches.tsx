import type { Translate } from '../../utils/shared/i18n';

export interface PauseSwitchesProps {
  /** The current tab's host name, when Dramatis can run there. */
  host?: string;
  pausedHere: boolean;
  pausedEverywhere: boolean;
  t: Translate;
  onPauseHere: (paused: boolean) => void;
  onPauseEverywhere: (paused: boolean) => void;
}

/** "Pause on this site" and "pause everywhere": applied at once, resumed by unticking. */
export function PauseSwitches(props: PauseSwitchesProps) {
  const { host, pausedHere, pausedEverywhere, t } = props;
  return (
    <fieldset class="toggles pause">
      <legend>{t('popupPauseLegend')}</legend>
      {host && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={pausedHere}
            onChange={(e) => props.onPauseHere(e.currentTarget.checked)}
          />
          {t('popupPauseSite', host)}
        </label>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          checked={pausedEverywhere}
          onChange={(e) => props.onPauseEverywhere(e.currentTarget.checked)}
        />
        {t('popupPauseEverywhere')}
      </label>
    </fieldset>
  );
}
