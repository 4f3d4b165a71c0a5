import { useEffect, useRef } from 'preact/hooks';
import type { Candidate } from '../utils/dataset/candidate';
import type { ListDiff } from '../utils/dataset/diff';
import type { Actor, Category, Delegation, Round } from '../utils/dataset/schema';
import { formatDate } from '../utils/format';
import type { DataLang, MessageKey, Translate } from '../utils/i18n';
import { sourceLabel } from './DatasetSummary';
import { fieldLabel } from './fieldLabel';

export interface DatasetPreviewProps {
  candidate: Candidate;
  lang: DataLang;
  t: Translate;
  /** Entries listed per group; the rest are counted. */
  limit?: number;
}

/** Entries added, removed or changed in one list, as lines (the heading's key takes the count). */
interface PreviewList {
  key: MessageKey;
  kind: 'added' | 'removed' | 'changed';
  items: string[];
}

/** A list's diff as lines: entry names, and for changed entries the fields that changed. */
function previewLists<T>(
  diff: ListDiff<T>,
  name: (item: T) => string,
  keys: [added: MessageKey, removed: MessageKey, changed: MessageKey],
  t: Translate,
): PreviewList[] {
  return [
    { key: keys[0], kind: 'added', items: diff.added.map(name) },
    { key: keys[1], kind: 'removed', items: diff.removed.map(name) },
    {
      key: keys[2],
      kind: 'changed',
      items: diff.changed.map(
        (c) =>
          `${name(c.after)}: ${t('previewChangedFields', c.fields.map((f) => fieldLabel(f, t)).join(', '))}`,
      ),
    },
  ];
}

/**
 * What applying a validated file would change, for the reader to check before applying: the new
 * dataset's title, version and as-of date (with the old values where they differ), where it
 * comes from, and the actors, categories and delegations added, removed and changed (with the
 * fields that changed). Every string from the file is rendered as text.
 */
export function DatasetPreview({ candidate, lang, t, limit = 50 }: DatasetPreviewProps) {
  const { diff, source } = candidate;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [candidate]);
  const about = (field: 'title' | 'version' | 'asOf', show: (value: string) => string) => (
    <dd>
      {show(diff.after[field])}
      {diff.aboutChanged.includes(field) && (
        <span class="muted"> ({t('previewWas', show(diff.before[field]))})</span>
      )}
    </dd>
  );
  const same = (value: string) => value;
  const lists = [
    ...previewLists(
      diff.actors,
      (a: Actor) => a.name,
      ['previewActorsAdded', 'previewActorsRemoved', 'previewActorsChanged'],
      t,
    ),
    ...previewLists(
      diff.categories,
      (c: Category) => c.label[lang],
      ['previewCategoriesAdded', 'previewCategoriesRemoved', 'previewCategoriesChanged'],
      t,
    ),
    ...previewLists(
      diff.rounds,
      (r: Round) => `${r.title[lang]} (${formatDate(r.date, lang)})`,
      ['previewRoundsAdded', 'previewRoundsRemoved', 'previewRoundsChanged'],
      t,
    ),
    ...previewLists(
      diff.delegations,
      (d: Delegation) => d.name[lang],
      ['previewDelegationsAdded', 'previewDelegationsRemoved', 'previewDelegationsChanged'],
      t,
    ),
  ];
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title" ref={heading} tabIndex={-1}>
        {t('previewTitle')}
      </h3>
      <dl class="summary">
        <dt>{t('fieldTitle')}</dt>
        {about('title', same)}
        <dt>{t('fieldVersion')}</dt>
        {about('version', same)}
        <dt>{t('fieldAsOf')}</dt>
        {about('asOf', (date) => formatDate(date, lang))}
        <dt>{t('fieldOrigin')}</dt>
        <dd>{sourceLabel(source, t)}</dd>
      </dl>
      {diff.same ? (
        <p class="ok">{t('previewSame')}</p>
      ) : (
        <>
          <p>{t('previewUnchanged', String(diff.actors.unchanged))}</p>
          {lists
            .filter(({ items }) => items.length)
            .map(({ key, kind, items }) => (
              <div key={key} class={`preview-list ${kind}`}>
                <h4>{t(key, String(items.length))}</h4>
                <ul>
                  {items.slice(0, limit).map((text, i) => (
                    <li key={i}>{text}</li>
                  ))}
                </ul>
                {items.length > limit && (
                  <p class="muted">{t('previewMore', String(items.length - limit))}</p>
                )}
              </div>
            ))}
        </>
      )}
    </section>
  );
}
