import type { Position } from '../utils/dataset/schema';
import { formatDate, safeHref } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';

/**
 * What an actor has said: each summary, the quote where there is one (marked when it is a
 * translation), its date and its source. A source becomes a link only for http(s) URLs.
 */
export function PositionList({
  positions,
  lang,
  t,
}: {
  positions: Position[];
  lang: DataLang;
  t: Translate;
}) {
  if (!positions.length) return <p class="muted">{t('noPositions')}</p>;
  return (
    <section class="positions">
      <h3>{t('positions')}</h3>
      <ul>
        {positions.map((p, i) => (
          <li key={i}>
            <p>{p.summary[lang]}</p>
            {p.quote && (
              <blockquote lang={p.quote.lang}>
                “{p.quote.text}”
                {p.quote.translated && <span class="muted"> ({t('quoteTranslated')})</span>}
              </blockquote>
            )}
            {p.quote?.translation && (
              <p class="translation" lang={p.quote.translation.lang}>
                “{p.quote.translation.text}” <span class="muted">({t('quoteTranslationOf')})</span>
              </p>
            )}
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
