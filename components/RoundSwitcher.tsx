import { useState } from 'preact/hooks';
import type { Membership } from '../utils/dataset/actorView';
import { nearestIndex } from '../utils/dates/nearest';
import { formatDate } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';
import { DelegationBlock } from './DelegationBlock';

/**
 * The actor's delegations, one round at a time: the round nearest the article's day first, the
 * others one click away (a row of toggle buttons, one per round, by date). Remount it (a `key`)
 * for another actor or day, so the choice starts at the nearest round again.
 */
export function RoundSwitcher(props: {
  memberships: Membership[];
  day: string;
  lang: DataLang;
  t: Translate;
  onSelectActor?: (actorId: string) => void;
}) {
  const { memberships, day, lang, t, onSelectActor } = props;
  const [chosen, setChosen] = useState(() => nearestIndex(memberships, (m) => m.round.date, day));
  const shown = memberships[chosen];
  if (!shown) return null;
  return (
    <>
      {memberships.length > 1 && (
        <div class="rounds" role="group" aria-label={t('roundsLabel')}>
          {memberships.map((m, i) => (
            <button
              type="button"
              key={m.delegation.id}
              aria-pressed={i === chosen ? 'true' : 'false'}
              title={m.round.title[lang]}
              onClick={() => setChosen(i)}
            >
              {formatDate(m.round.date, lang)}
            </button>
          ))}
        </div>
      )}
      <DelegationBlock membership={shown} {...{ lang, t, onSelectActor }} />
    </>
  );
}
