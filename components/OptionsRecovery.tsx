import type { Translate } from '../utils/i18n';
import { DatasetActions, type DatasetActionsProps } from './DatasetActions';
import { ProblemList } from './ProblemList';

export interface OptionsRecoveryProps extends Omit<DatasetActionsProps, 't' | 'canReset'> {
  /** What the options page threw while rendering. */
  error: Error;
  t: Translate;
}

/**
 * What the options page shows when it cannot show itself: what went wrong, and undo, reset and
 * export, which need nothing but storage, so the reader can always go back to working data.
 */
export function OptionsRecovery({ error, t, ...actions }: OptionsRecoveryProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ProblemList
        intro={t('optionsFailed')}
        problems={[{ key: 'unexpectedError', subs: [error.message] }]}
        t={t}
      />
      <DatasetActions t={t} canReset {...actions} />
    </main>
  );
}
