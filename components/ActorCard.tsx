import type { ActorView, Membership } from '../utils/dataset/actorView';
import type { Position } from '../utils/dataset/schema';
import { formatDate, safeHref } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';

export interface ActorCardProps {
  view: ActorView;
  lang: DataLang;
  t: Translate;
  /** Shown as a close button when given (the hover card; the popup's detail view has none). */
  onClose?: () => void;
  /** Switches the card to another actor, e.g. a fellow delegation member. */
  onSelectActor?: (actorId: string) => void;
}

/**
 * The briefing card for one actor: who they are, the delegation they belong to and what they
 * have said, each with its date and source. Every string from the data is rendered as text.
 */
export function ActorCard({ view, lang, t, onClose, onSelectActor }: ActorCardProps) {
  const { actor, category } = view;
  const nameId = `dramatis-card-name-${actor.id}`;
  return (
    <article class="card" role="dialog" aria-labelledby={nameId} data-actor={actor.id}>
      <header class="head">
        <span class="chip" style={{ '--chip': category.color }}>
          {category.label[lang]}
        </span>
        <h2 id={nameId} class="name">
          {actor.name}
        </h2>
        {actor.nativeName && <p class="native">{actor.nativeName}</p>}
        {onClose && (
          <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="role">
        {actor.role[lang]} <span class="muted">{t('asOf', formatDate(actor.role.asOf, lang))}</span>
      </p>
      {view.memberships.map((m) => (
        <MembershipBlock key={m.delegation.id} membership={m} {...{ lang, t, onSelectActor }} />
      ))}
      <Positions positions={actor.positions} lang={lang} t={t} />
      <footer class="muted provenance">
        {t('provenance', [view.dataset.title, formatDate(view.dataset.asOf, lang)])}
      </footer>
    </article>
  );
}

function MembershipBlock(props: {
  membership: Membership;
  lang: DataLang;
  t: Translate;
  onSelectActor?: (actorId: string) => void;
}) {
  const { membership: m, lang, t, onSelectActor } = props;
  return (
    <section class="delegation">
      <h3>{m.delegation.name[lang]}</h3>
      <p>
        {t(m.role === 'head' ? 'delegationHead' : 'delegationMember')} · {m.delegation.event[lang]}{' '}
        · {formatDate(m.delegation.date, lang)}
      </p>
      {m.others.length > 0 && (
        <ul class="members" aria-label={t('delegationOthers')}>
          {m.others.map(({ actor, role }) => (
            <li key={actor.id}>
              <button
                type="button"
                disabled={!onSelectActor}
                onClick={() => onSelectActor?.(actor.id)}
              >
                {actor.name}
                {role === 'head' ? ` (${t('delegationHead')})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Positions({
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
