import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { Result } from '../utils/result';
import type { Problem } from '../utils/storage';
import { ProblemList } from './ProblemList';

export interface DatasetActionsProps {
  t: Translate;
  /** The dataset undo would restore (title, version), or undefined when there is none. */
  undoTarget?: { title: string; version: string };
  /** False while the bundled data is in use (nothing to reset). */
  canReset: boolean;
  onUndo: () => Promise<Result<void, Problem[]>>;
  onReset: () => Promise<Result<void, Problem[]>>;
  onExport: () => void;
}

type Status =
  { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; problems: Problem[] };

/** Undo the last change, reset to the bundled data, export the data in use. */
export function DatasetActions({ t, undoTarget, canReset, ...props }: DatasetActionsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (action: () => Promise<Result<void, Problem[]>>, message: string) => {
    const result = await action();
    setStatus(result.ok ? { kind: 'done', message } : { kind: 'failed', problems: result.error });
  };
  return (
    <div class="data-actions">
      <div class="buttons">
        {undoTarget && (
          <button
            type="button"
            onClick={() => void run(props.onUndo, t('dataUndone', undoTarget.title))}
          >
            {t('dataUndo', [undoTarget.title, undoTarget.version])}
          </button>
        )}
        <button
          type="button"
          disabled={!canReset}
          onClick={() => void run(props.onReset, t('dataResetDone'))}
        >
          {t('dataReset')}
        </button>
        <button type="button" onClick={props.onExport}>
          {t('dataExport')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {status.kind === 'done' && <p class="ok">{status.message}</p>}
      </div>
      {status.kind === 'failed' && (
        <ProblemList intro={t('dataActionFailed')} problems={status.problems} t={t} />
      )}
    </div>
  );
}
