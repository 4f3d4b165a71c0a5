import { useState } from 'preact/hooks';
import type { Candidate } from '../../utils/shared/dataset/candidate';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import type { Result } from '../../utils/shared/result';
import type { Problem } from '../../utils/shared/problems/Problem';
import { DatasetPreview } from './DatasetPreview';
import { ProblemList } from './ProblemList';

/** Validates a data file from one source and compares it with the data in use; stores nothing. */
type Prepare<T> = (input: T) => Promise<Result<Candidate, Problem[]>>;

export interface DatasetImportProps {
  lang: DataLang;
  t: Translate;
  onPrepareFile: Prepare<File>;
  onPrepareText: Prepare<string>;
  /**
   * Fetches from a URL. Called synchronously from the reader's click, so the host permission
   * can be requested (browsers allow that only in a user gesture).
   */
  onPrepareUrl: Prepare<string>;
  /**
   * Makes the candidate the data in use; `daily` asks for daily updates from its URL. A setting
   * that could not be saved after the data was applied comes back as `notSaved`.
   */
  onApply: (
    candidate: Candidate,
    options: { daily: boolean },
  ) => Promise<Result<{ notSaved?: Problem }, Problem[]>>;
  /** The reader cancelled the preview of `candidate` (e.g. to give back a URL's host access). */
  onCancel?: (candidate: Candidate) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'preview'; candidate: Candidate; applying?: boolean }
  | { kind: 'done'; dataset: Dataset; notSaved?: Problem }
  | { kind: 'cancelled' }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'notApplied'; problems: Problem[] };

/**
 * Imports a replacement dataset from a JSON file, an https address or pasted text. Each is
 * validated first: a refused one is listed with every problem; a valid one is previewed (what
 * it adds, removes and changes) and applied only when the reader says so. Until then, and
 * whenever anything fails, the data in use stays as it was.
 */
export function DatasetImport(props: DatasetImportProps) {
  const { lang, t } = props;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [url, setUrl] = useState('');
  const [daily, setDaily] = useState(false);
  const [pasted, setPasted] = useState('');
  const busy = status.kind === 'working' || (status.kind === 'preview' && status.applying);

  const prepare = async (message: string, run: () => Promise<Result<Candidate, Problem[]>>) => {
    setStatus({ kind: 'working', message });
    const result = await run().catch((e: unknown) => ({
      ok: false as const,
      error: [{ message: { key: 'unexpectedError' as const, subs: [String(e)] } }],
    }));
    setStatus(
      result.ok
        ? { kind: 'preview', candidate: result.value }
        : { kind: 'refused', problems: result.error },
    );
  };
  const pickFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void prepare(t('importWorking'), () => props.onPrepareFile(file)).finally(() => {
      input.value = '';
    });
  };
  const fetchUrl = (e: Event) => {
    e.preventDefault();
    if (!url.trim()) return;
    const running = props.onPrepareUrl(url); // synchronously: it may ask for a permission
    void prepare(t('importFetching', url.trim()), () => running);
  };
  const checkPasted = (e: Event) => {
    e.preventDefault();
    if (!pasted.trim()) return;
    void prepare(t('importWorking'), () => props.onPrepareText(pasted));
  };
  const apply = async (candidate: Candidate) => {
    setStatus({ kind: 'preview', candidate, applying: true });
    const result = await props.onApply(candidate, {
      daily: candidate.source.kind === 'url' && daily,
    });
    setStatus(
      result.ok
        ? { kind: 'done', dataset: candidate.dataset, notSaved: result.value.notSaved }
        : { kind: 'notApplied', problems: result.error },
    );
    if (result.ok && candidate.source.kind === 'paste') setPasted('');
  };

  return (
    <section class="import">
      <div class="source">
        <label>
          {t('importLabel')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => pickFile(e.currentTarget)}
          />
        </label>
      </div>
      <form class="source" onSubmit={fetchUrl}>
        <label for="import-url">{t('importUrlLabel')}</label>
        <div class="row">
          <input
            id="import-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            autocomplete="url"
            spellcheck={false}
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('importUrlButton')}
          </button>
        </div>
        <label class="toggle">
          <input
            type="checkbox"
            checked={daily}
            onChange={(e) => setDaily(e.currentTarget.checked)}
          />
          {t('importUrlDaily')}
        </label>
      </form>
      <form class="source" onSubmit={checkPasted}>
        <label for="import-paste">{t('importPasteLabel')}</label>
        <textarea
          id="import-paste"
          rows={5}
          spellcheck={false}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {t('importPasteButton')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {status.kind === 'working' && <p>{status.message}</p>}
        {status.kind === 'done' && (
          <p class="ok">
            {t('importDone', [status.dataset.title, String(status.dataset.actors.length)])}
          </p>
        )}
        {status.kind === 'cancelled' && <p>{t('importCancelled')}</p>}
      </div>
      {status.kind === 'refused' && (
        <ProblemList intro={t('importFailed')} problems={status.problems} t={t} />
      )}
      {status.kind === 'done' && status.notSaved && (
        <ProblemList intro={t('settingNotSaved')} problems={[status.notSaved]} t={t} />
      )}
      {status.kind === 'notApplied' && (
        <ProblemList intro={t('dataActionFailed')} problems={status.problems} t={t} />
      )}
      {status.kind === 'preview' && (
        <div class="preview-box">
          <DatasetPreview candidate={status.candidate} lang={lang} t={t} />
          {status.candidate.migratedFrom !== undefined && (
            <p class="notice migrated">
              {t('importMigrated', String(status.candidate.migratedFrom))}
            </p>
          )}
          <div class="buttons">
            <button
              type="button"
              class="primary"
              disabled={status.applying}
              onClick={() => void apply(status.candidate)}
            >
              {status.applying ? t('previewApplying') : t('previewApply')}
            </button>
            <button
              type="button"
              disabled={status.applying}
              onClick={() => {
                props.onCancel?.(status.candidate);
                setStatus({ kind: 'cancelled' });
              }}
            >
              {t('previewCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
