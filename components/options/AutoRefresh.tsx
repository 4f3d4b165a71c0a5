import { useState } from 'preact/hooks';
import { formatTime } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { Result } from '../../utils/shared/result';
import type { AutoRefreshSetting, RefreshStatus } from '../../utils/shared/story/installedStory';
import type { Problem } from '../../utils/shared/problems/Problem';
import { ProblemList } from './ProblemList';

export interface AutoRefreshProps {
  setting: AutoRefreshSetting;
  status: RefreshStatus | null;
  lang: DataLang;
  t: Translate;
  onToggle: (enabled: boolean) => Promise<Result<void, Problem>>;
  onCheckNow: () => Promise<void>;
}

/**
 * The daily refresh from the data's URL: on or off, "check now", and the last result (updated,
 * unchanged, or failed and why, with its time). A failed check changed nothing, and says so.
 */
export function AutoRefresh({ setting, status, lang, t, onToggle, onCheckNow }: AutoRefreshProps) {
  const [checking, setChecking] = useState(false);
  const [notSaved, setNotSaved] = useState<Problem | null>(null);
  if (!setting.url) return <p class="muted">{t('refreshNone')}</p>;
  const last = status?.url === setting.url ? status : null;
  const check = async () => {
    setChecking(true);
    await onCheckNow().finally(() => setChecking(false));
  };
  return (
    <div class="refresh">
      <label class="toggle">
        <input
          type="checkbox"
          checked={setting.enabled}
          onChange={(e) =>
            void onToggle(e.currentTarget.checked).then((r) => setNotSaved(r.ok ? null : r.error))
          }
        />
        <span>{t('refreshToggle', setting.url)}</span>
      </label>
      {notSaved && <ProblemList intro={t('settingNotSaved')} problems={[notSaved]} t={t} />}
      <div class="buttons">
        <button type="button" disabled={checking} onClick={() => void check()}>
          {checking ? t('refreshChecking') : t('refreshCheckNow')}
        </button>
      </div>
      <div role="status" aria-live="polite" class="refresh-status">
        {!last && <p class="muted">{t('refreshNever')}</p>}
        {last?.outcome === 'updated' && (
          <p class="ok">
            {t('refreshUpdated', [formatTime(last.at, lang), last.title ?? '', last.version ?? ''])}
          </p>
        )}
        {last?.outcome === 'unchanged' && <p>{t('refreshUnchanged', formatTime(last.at, lang))}</p>}
      </div>
      {last?.outcome === 'failed' && (
        <ProblemList
          intro={t('refreshFailed', formatTime(last.at, lang))}
          problems={last.problems ?? []}
          t={t}
        />
      )}
    </div>
  );
}
