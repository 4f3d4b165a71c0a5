import type { StorySection as Section } from '../../utils/shared/dataset/storySections';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { PositionList } from './PositionList';
import { RoundSwitcher } from './RoundSwitcher';

/**
 * One story's part of a card, headed by the story's title in the card's language: the actor's
 * delegations in that story (its own round switcher, over that story's rounds only) and the
 * positions stated in it. So the card says which story each delegation and position belongs to.
 */
export function StorySection(props: {
  section: Section;
  /** Makes the heading's id unique on a page that shows several cards' markup. */
  actorId: string;
  day: string;
  /** The round the reader chose in this section; the nearest to `day` when undefined. */
  chosen?: number;
  onChoose?: (index: number) => void;
  lang: DataLang;
  t: Translate;
  onSelectActor?: (actorId: string) => void;
}) {
  const { section, day, lang, t, onSelectActor } = props;
  const headingId = `dramatis-card-story-${props.actorId}-${section.story.id}`;
  return (
    <section class="story" aria-labelledby={headingId} data-story={section.story.id}>
      <h3 id={headingId} class="story-title">
        {section.story.title[lang]}
      </h3>
      <RoundSwitcher
        memberships={section.memberships}
        chosen={props.chosen}
        onChoose={props.onChoose}
        {...{ day, lang, t, onSelectActor }}
      />
      <PositionList positions={section.positions} day={day} lang={lang} t={t} />
    </section>
  );
}
