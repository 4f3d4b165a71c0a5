import type { Membership } from '../utils/dataset/actorView';
import { formatDate } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';

/**
 * An actor's place in a delegation: its name, event and date, the actor's role in it, and the
 * other members as buttons that switch the card to them.
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
