import type { Membership } from './membership';
import type { Actor, Dataset, Position } from './schema';

/** A story as a card section needs it (a `StoryMeta` of the cast served to tabs fits). */
export interface SectionStory {
  id: string;
  title: { en: string; de: string };
  /** Every actor of the story's file; unknown: those with nothing in another story count. */
  actors?: readonly string[];
}

/** One story's part of a card: its heading, the actor's delegations in it and what they said in it. */
export interface StorySection {
  story: SectionStory;
  /** In the order of their rounds' dates, as in the actor's view. */
  memberships: Membership[];
  positions: Position[];
}

/**
 * Splits what an actor did into one section per story, so a card never passes one story's
 * positions off as another's: for each of `stories` (in their order: the caller puts the
 * stories the page is about first) that the actor belongs to, the delegations and positions
 * tagged with it. An item without a tag belongs to the dataset's own story (a single file, not
 * merged). Items of stories not given are left out: they are not highlighted on this page.
 */
export function storySections(
  dataset: Pick<Dataset, 'story'>,
  actor: Actor,
  memberships: readonly Membership[],
  stories: readonly SectionStory[] = [dataset.story],
): StorySection[] {
  const own = dataset.story.id;
  const ofMembership = (m: Membership) => m.delegation.story ?? m.round.story ?? own;
  const ofPosition = (p: Position) => p.story ?? own;
  const tagged = new Set([...memberships.map(ofMembership), ...actor.positions.map(ofPosition)]);
  return stories.flatMap((story) => {
    const section = {
      story,
      memberships: memberships.filter((m) => ofMembership(m) === story.id),
      positions: actor.positions.filter((p) => ofPosition(p) === story.id),
    };
    const hasItems = section.memberships.length > 0 || section.positions.length > 0;
    // Without its list of actors, a story claims an actor with nothing in any other story.
    const listed = story.actors
      ? story.actors.includes(actor.id)
      : [...tagged].every((id) => id === story.id);
    return hasItems || listed ? [section] : [];
  });
}
