import type { Dataset } from '../utils/dataset/schema';
import { formatDate } from '../utils/format';
import { formatTime } from '../utils/formatTime';
import type { DataLang, Translate } from '../utils/i18n';
import type { DatasetSource } from '../utils/storage';

export interface DatasetSummaryProps {
  dataset: Dataset;
  source: 'bundled' | 'imported';
  /** Where an imported dataset came from and when, if known. */
  origin?: DatasetSource | null;
  lang: DataLang;
  t: Translate;
}

/** Where a dataset comes from, in words: a file's name, a URL, or "pasted text". */
export function sourceLabel(source: Pick<DatasetSource, 'kind' | 'name'>, t: Translate): string {
  if (source.kind === 'file') return t('sourceFile', source.name);
  if (source.kind === 'paste') return t('sourcePaste');
  return source.name;
}

/** What data is in force: title, version, date, where it came from and how much it holds. */
export function DatasetSummary({ dataset, source, origin, lang, t }: DatasetSummaryProps) {
  const rows: [string, string][] = [
    [t('fieldTitle'), dataset.title],
    [t('fieldVersion'), dataset.version],
    [t('fieldAsOf'), formatDate(dataset.asOf, lang)],
    [t('fieldSource'), t(source === 'bundled' ? 'sourceBundled' : 'sourceImported')],
    ...(source === 'imported' && origin
      ? [
          [
            t('fieldOrigin'),
            t(origin.automatic ? 'originAutomatic' : 'originApplied', [
              sourceLabel(origin, t),
              formatTime(origin.appliedAt, lang),
            ]),
          ] as [string, string],
        ]
      : []),
    [t('fieldActors'), String(dataset.actors.length)],
    [t('fieldCategories'), String(dataset.categories.length)],
    [t('fieldDelegations'), String(dataset.delegations.length)],
  ];
  return (
    <dl class="summary">
      {rows.map(([term, value]) => [
        <dt key={`t-${term}`}>{term}</dt>,
        <dd key={`d-${term}`}>{value}</dd>,
      ])}
    </dl>
  );
}
