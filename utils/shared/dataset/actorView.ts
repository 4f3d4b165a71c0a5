import type { Actor, Category, Dataset } from './schema';
import type { Membership } from './membership';
import { storySections, type SectionStory, type StorySection } from './storySections';

/**
 * Everything a card or detail view shows about one actor, resolved from the dataset. Its
 * memberships are in the order of their rounds' dates.
 */
export interface ActorView {
  actor: Actor;
  category: Category;
  memberships: Membership[];
  /** One per story of the actor among the stories asked for, in their order (the card's sections). */
  sections: StorySection[];
  dataset: Pick<Dataset, 'title' | 'version' | 'asOf'>;
}

/**
 * Resolves an actor's references (category, delegations) into one view model, so components
 * receive plain props and never look things up themselves. Undefined for an unknown id. Its
 * sections are for `stories` (the highlighted ones, the page's first; default: the dataset's own).
 */
export function actorView(
  dataset: Dataset,
  actorId: string,
  stories?: readonly SectionStory[],
): ActorView | undefined {
  const actor = dataset.actors.find((a) => a.id === actorId);
  const category = dataset.categories.find((c) => c.id === actor?.category);
  if (!actor || !category) return undefined;
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const rounds = new Map(dataset.rounds.map((r) => [r.id, r]));
  const memberships = dataset.delegations.flatMap((delegation) => {
    const own = delegation.members.find((m) => m.actor === actorId);
    const round = rounds.get(delegation.round);
    if (!own || !round) return [];
    const others = delegation.members
      .filter((m) => m.actor !== actorId && byId.has(m.actor))
      .map((m) => ({ actor: byId.get(m.actor) as Actor, role: m.role }));
    return [{ delegation, round, role: own.role, others }];
  });
  memberships.sort((a, b) => a.round.date.localeCompare(b.round.date));
  const { title, version, asOf } = dataset;
  const sections = storySections(dataset, actor, memberships, stories);
  return { actor, category, memberships, sections, dataset: { title, version, asOf } };
}
