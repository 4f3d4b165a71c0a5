import type { ActorView } from '../../utils/shared/dataset/actorView';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { MentionNav, type MentionNavProps } from './MentionNav';
import { RoleLine } from './RoleLine';
import { StorySection } from './StorySection';

export interface ActorCardProps {
  view: ActorView;
  lang: DataLang;
  t: Translate;
  /** The article's day (`YYYY-MM-DD`): the card shows what was true then. */
  day: string;
  /** The round the reader chose in each story's round switcher, by story id (else the nearest). */
  rounds?: Readonly<Record<string, number>>;
  onChooseRound?: (storyId: string, index: number) => void;
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
 * The briefing card for one actor, right for the article's day: the role held then (one role
 * history whatever the story), then one section per story (see {@link StorySection}): the
 * delegation of the nearest round (others one click away) and what they have said, nearest
 * first, each with its date and source. Every string from the data is rendered as text.
 */
export function ActorCard(props: ActorCardProps) {
  const { view, lang, t, day, onSelectActor, mentions, rounds, onChooseRound } = props;
  const { actor, category } = view;
  const native = actor.nativeLang ? actor.nativeNames?.[actor.nativeLang] : undefined;
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
        {native && (
          <p class="native" lang={actor.nativeLang}>
            {native}
          </p>
        )}
        <CardButtons {...props} />
      </header>
      <RoleLine
        roles={actor.roles}
        day={day}
        asOf={view.dataset.asOf}
        lang={lang}
        t={t}
        id={roleId}
      />
      {view.sections.map((section) => (
        <StorySection
          key={section.story.id}
          section={section}
          actorId={actor.id}
          chosen={rounds?.[section.story.id]}
          onChoose={onChooseRound && ((index) => onChooseRound(section.story.id, index))}
          {...{ day, lang, t, onSelectActor }}
        />
      ))}
      {mentions && <MentionNav {...mentions} t={t} />}
      <footer class="muted provenance">
        {t('provenance', [dataTitle(view, lang), formatDate(view.dataset.asOf, lang)])}
      </footer>
    </article>
  );
}

/**
 * What the card's data is, for its footer: the stories it shows, by their titles in the card's
 * language (the merged cast's file titles are the data authors' own, in English, joined). The
 * file's title only for a card with no story section.
 */
function dataTitle(view: ActorView, lang: DataLang): string {
  const titles = view.sections.map((section) => section.story.title[lang]);
  return titles.length > 0 ? titles.join(' · ') : view.dataset.title;
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
