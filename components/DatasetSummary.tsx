import type { Dataset } from '../utils/dataset/schema';
import { formatDate } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';

export interface DatasetSummaryProps {
  dataset: Dataset;
  source: 'bundled' | 'imported';
  lang: DataLang;
  t: Translate;
}

/** What data is in force: title, version, date, where it came from and how much it holds. */
export function DatasetSummary({ dataset, source, lang, t }: DatasetSummaryProps) {
  const rows: [string, string][] = [
    [t('fieldTitle'), dataset.title],
    [t('fieldVersion'), dataset.version],
    [t('fieldAsOf'), formatDate(dataset.asOf, lang)],
    [t('fieldSource'), t(source === 'bundled' ? 'sourceBundled' : 'sourceImported')],
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
