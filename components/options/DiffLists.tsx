import type { DatasetDiff, ListDiff } from '../../utils/shared/dataset/diff';
import type { Actor, Category, Delegation, Round } from '../../utils/shared/dataset/schema';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, MessageKey, Translate } from '../../utils/shared/i18n';
import { fieldLabel } from './fieldLabel';

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

export interface DiffListsProps {
  diff: DatasetDiff;
  lang: DataLang;
  t: Translate;
  limit: number;
}

/**
 * What a file changes in the installed story, per list (actors, categories, rounds, delegations):
 * the entries added, removed and changed, with the fields that changed; the first `limit` of
 * each are listed and the rest counted. Says so when nothing a reader could see differs.
 */
export function DiffLists({ diff, lang, t, limit }: DiffListsProps) {
  if (diff.same) return <p class="ok">{t('previewSame')}</p>;
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
  );
}
