import { useState } from 'preact/hooks';
import type { Dataset } from '../utils/dataset/schema';
import type { Result } from '../utils/result';
import type { Translate } from '../utils/i18n';

export interface DatasetImportProps {
  t: Translate;
  /** Validates and stores the text; resolves to the new dataset or every problem found. */
  onImport: (text: string) => Promise<Result<Dataset, string[]>>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; dataset: Dataset }
  | { kind: 'failed'; problems: string[] };

/**
 * Imports a replacement dataset from a JSON file. A file that fails validation is refused with
 * every problem listed, and the data in force stays as it was.
 */
export function DatasetImport({ t, onImport }: DatasetImportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'working' });
    const result = await onImport(await file.text());
    setStatus(
      result.ok
        ? { kind: 'done', dataset: result.value }
        : { kind: 'failed', problems: result.error },
    );
    input.value = '';
  };
  return (
    <section class="import">
      <label>
        {t('importLabel')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void pick(e.currentTarget)}
        />
      </label>
      <div role="status" aria-live="polite">
        {status.kind === 'working' && <p>{t('importWorking')}</p>}
        {status.kind === 'done' && (
          <p class="ok">
            {t('importDone', [status.dataset.title, String(status.dataset.actors.length)])}
          </p>
        )}
      </div>
      {status.kind === 'failed' && (
        <div class="problems" role="alert">
          <p>{t('importFailed')}</p>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
