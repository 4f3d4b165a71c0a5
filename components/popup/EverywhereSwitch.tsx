import type { Translate } from '../../utils/shared/i18n';

/**
 * The setting "Highlight on every page" (`sync:highlightEverywhere`): every enabled story's cast
 * on every page, the behaviour before stories were told apart. Applied at once in every tab.
 */
export function EverywhereSwitch(props: {
  checked: boolean;
  t: Translate;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="toggle everywhere">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.t('popupHighlightEverywhere')}
    </label>
  );
}
