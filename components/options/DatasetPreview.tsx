import { useEffect, useRef } from 'preact/hooks';
import type { Candidate } from '../../utils/shared/dataset/candidate';
import type { DatasetDiff } from '../../utils/shared/dataset/diff';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { sourceLabel } from './sourceLabel';
import { DiffLists } from './DiffLists';

export interface DatasetPreviewProps {
  candidate: Candidate;
  lang: DataLang;
  t: Translate;
  /** Entries listed per group; the rest are counted. */
  limit?: number;
}

/**
 * What applying a validated file would do, for the reader to check before applying: either a new
 * story (its title, summary, version, as-of date and cast; also for an installed story whose
 * stored file is not usable, said to be replaced), or what it changes in the installed
 * story with the same id (title, version and as-of date with the old values where they differ,
 * and the actors, categories, rounds and delegations added, removed and changed, with the fields
 * that changed). Every string from the file is rendered as text.
 */
export function DatasetPreview({ candidate, lang, t, limit = 50 }: DatasetPreviewProps) {
  const { diff, source, dataset } = candidate;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [candidate]);
  const title = dataset.story.title[lang];
  const replaces = !!diff || !!candidate.replacesUnusable;
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title" ref={heading} tabIndex={-1}>
        {t('previewTitle')}
      </h3>
      <p class="preview-story">
        <strong>{replaces ? t('previewReplacesStory', title) : t('previewNewStory', title)}</strong>
      </p>
      {candidate.replacesUnusable && <p>{t('previewReplacesUnusable')}</p>}
      {!diff && <p class="muted">{dataset.story.summary[lang]}</p>}
      <dl class="summary">
        <dt>{t('fieldTitle')}</dt>
        {about(diff, 'title', same, dataset.title, t)}
        <dt>{t('fieldVersion')}</dt>
        {about(diff, 'version', same, dataset.version, t)}
        <dt>{t('fieldAsOf')}</dt>
        {about(diff, 'asOf', (date) => formatDate(date, lang), dataset.asOf, t)}
        <dt>{t('fieldOrigin')}</dt>
        <dd>{sourceLabel(source, t)}</dd>
        {!diff && <dt>{t('fieldActors')}</dt>}
        {!diff && <dd>{String(dataset.actors.length)}</dd>}
      </dl>
      {diff && <DiffLists diff={diff} lang={lang} t={t} limit={limit} />}
    </section>
  );
}

const same = (value: string) => value;

/** One of title, version and as-of date, with its old value when it changed. */
function about(
  diff: DatasetDiff | null,
  field: 'title' | 'version' | 'asOf',
  show: (value: string) => string,
  value: string,
  t: Translate,
) {
  return (
    <dd>
      {show(value)}
      {diff?.aboutChanged.includes(field) && (
        <span class="muted"> ({t('previewWas', show(diff.before[field]))})</span>
      )}
    </dd>
  );
}
