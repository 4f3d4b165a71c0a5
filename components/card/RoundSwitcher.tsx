import type { Membership } from '../../utils/shared/dataset/membership';
import { nearestIndex } from '../../utils/shared/dates/nearest';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { DelegationBlock } from './DelegationBlock';

/**
 * The actor's delegations, one round at a time: the round nearest the article's day unless the
 * reader chose another, the others one click away (a row of toggle buttons, one per round, by
 * date). Controlled (the choice lives with the caller): hooks would grow the content
 * script, which has a size budget (issue 4, `bench/results.md`).
 */
export function RoundSwitcher(props: {
  memberships: Membership[];
  day: string;
  /** The index of the round the reader chose; the nearest to `day` when undefined. */
  chosen?: number;
  onChoose?: (index: number) => void;
  lang: DataLang;
  t: Translate;
  onSelectActor?: (actorId: string) => void;
}) {
  const { memberships, day, onChoose, lang, t, onSelectActor } = props;
  const chosen = props.chosen ?? nearestIndex(memberships, (m) => m.round.date, day);
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
              disabled={!onChoose}
              onClick={() => onChoose?.(i)}
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
