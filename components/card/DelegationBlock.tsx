import type { Membership } from '../../utils/shared/dataset/membership';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';

const ROLE_KEYS = {
  head: 'delegationHead',
  member: 'delegationMember',
  expert: 'delegationExpert',
} as const;

/**
 * An actor's place in a delegation: its name, its round (title, date, venue, outcome), the
 * actor's role in it, and the other members as buttons that switch the card to them.
 */
export function DelegationBlock(props: {
  membership: Membership;
  lang: DataLang;
  t: Translate;
  onSelectActor?: (actorId: string) => void;
}) {
  const { membership: m, lang, t, onSelectActor } = props;
  return (
    <section class="delegation">
      <h4>{m.delegation.name[lang]}</h4>
      <p>
        {t(ROLE_KEYS[m.role])} · {m.round.title[lang]} · {formatDate(m.round.date, lang)}
        {m.round.venue && ` · ${m.round.venue[lang]}`}
      </p>
      {m.round.outcome && <p class="muted outcome">{m.round.outcome[lang]}</p>}
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
                {role === 'member' ? '' : ` (${t(ROLE_KEYS[role])})`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
