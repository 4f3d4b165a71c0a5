import type { ActorView } from '../utils/dataset/actorView';
import { formatDate } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';
import { DelegationBlock } from './DelegationBlock';
import { MentionNav, type MentionNavProps } from './MentionNav';
import { PositionList } from './PositionList';

export interface ActorCardProps {
  view: ActorView;
  lang: DataLang;
  t: Translate;
  /** Shown as a close button when given (the hover card; the popup's detail view has none). */
  onClose?: () => void;
  /** Switches the card to another actor, e.g. a fellow delegation member. */
  onSelectActor?: (actorId: string) => void;
  /** The actor's mentions on the page, when the card is attached to one of them. */
  mentions?: Omit<MentionNavProps, 't'>;
  /** The name as the page prints it, when the data knows that spelling (dataset name below). */
  printedName?: string;
  /** A step back to the actor shown before switching to this one (a delegation member). */
  back?: { name: string; onBack: () => void };
  /** Shows a pin button; a pinned card stays open while the reader scrolls or clicks away. */
  pinned?: boolean;
  onTogglePin?: () => void;
}

/**
 * The briefing card for one actor: who they are, the delegation they belong to and what they
 * have said, each with its date and source. Every string from the data is rendered as text.
 */
export function ActorCard(props: ActorCardProps) {
  const { view, lang, t, onSelectActor, mentions } = props;
  const { actor, category } = view;
  const nameId = `dramatis-card-name-${actor.id}`;
  const roleId = `dramatis-card-role-${actor.id}`;
  return (
    <article
      class="card"
      role="dialog"
      aria-labelledby={nameId}
      aria-describedby={roleId}
      data-actor={actor.id}
    >
      {props.back && (
        <button type="button" class="back-step" onClick={props.back.onBack}>
          ← {t('cardBack', props.back.name)}
        </button>
      )}
      <header class="head">
        <span class="chip" style={{ '--chip': category.color }}>
          {category.label[lang]}
        </span>
        <h2 id={nameId} class="name">
          {props.printedName ?? actor.name}
        </h2>
        {props.printedName && <p class="dataset-name">{actor.name}</p>}
        {actor.nativeName && <p class="native">{actor.nativeName}</p>}
        <CardButtons {...props} />
      </header>
      <p class="role" id={roleId}>
        {actor.role[lang]} <span class="muted">{t('asOf', formatDate(actor.role.asOf, lang))}</span>
      </p>
      {view.memberships.map((m) => (
        <DelegationBlock key={m.delegation.id} membership={m} {...{ lang, t, onSelectActor }} />
      ))}
      <PositionList positions={actor.positions} lang={lang} t={t} />
      {mentions && <MentionNav {...mentions} t={t} />}
      <footer class="muted provenance">
        {t('provenance', [view.dataset.title, formatDate(view.dataset.asOf, lang)])}
      </footer>
    </article>
  );
}

function CardButtons({ t, onClose, pinned, onTogglePin }: ActorCardProps) {
  return (
    <span class="card-buttons">
      {onTogglePin && (
        <button
          type="button"
          class="pin"
          aria-pressed={pinned ? 'true' : 'false'}
          aria-label={t('cardPin')}
          title={t('cardPin')}
          onClick={onTogglePin}
        >
          <PinIcon />
        </button>
      )}
      {onClose && (
        <button
          type="button"
          class="close"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={onClose}
        >
          ×
        </button>
      )}
    </span>
  );
}

/** A drawn pin: emoji fonts are missing on many systems, where "📌" shows as an empty box. */
function PinIcon() {
  return (
    <svg
      data-card-icon=""
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M9.8 1.5 14.5 6.2 12.9 6.6 10.4 9.1 10.6 12.6 9.6 13.6 6.9 10.9 3.2 14.6 2.4 14.6 2.4 13.8 6.1 10.1 3.4 7.4 4.4 6.4 7.9 6.6 10.4 4.1Z"
        fill="currentColor"
      />
    </svg>
  );
}
