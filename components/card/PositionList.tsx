import type { Position } from '../../utils/shared/dataset/schema';
import { nearestFirst } from '../../utils/shared/dates/nearest';
import { formatDate } from '../../utils/shared/dates/formatDate';
import { safeHref } from '../../utils/shared/safeHref';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { QuoteBlock } from './QuoteBlock';

/**
 * What an actor has said, nearest to the article's day first: each summary, the quote where
 * there is one (original words, then our translation), its date and its outlet. A source
 * becomes a link only for http(s) URLs.
 */
export function PositionList({
  positions,
  day,
  lang,
  t,
}: {
  positions: Position[];
  /** The article's day, `YYYY-MM-DD`. */
  day: string;
  lang: DataLang;
  t: Translate;
}) {
  if (!positions.length) return <p class="muted">{t('noPositions')}</p>;
  return (
    <section class="positions">
      <h4>{t('positions')}</h4>
      <ul>
        {nearestFirst(positions, (p) => p.date, day).map((p, i) => (
          <li key={i}>
            <p>{p.summary[lang]}</p>
            {p.quote && <QuoteBlock quote={p.quote} lang={lang} t={t} />}
            <p class="muted source">
              {formatDate(p.date, lang)} · <SourceName name={p.source.name} url={p.source.url} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceName({ name, url }: { name: string; url?: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <span>{name}</span>
  );
}
