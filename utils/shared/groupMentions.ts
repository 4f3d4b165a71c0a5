import { ACTOR_ATTR, MENTION_ATTR } from './markup';

/** One mention of an actor: its marks in document order (a name split over elements has several). */
export interface MarkedMention {
  actorId: string;
  marks: HTMLElement[];
}

/**
 * Groups marks into the mentions they belong to, in the document order of each mention's first
 * mark: the marks of one mention share its actor and its `data-dramatis-mention` id. The one
 * place that counts a mention split over several elements once (the popup's counts, the card's
 * mention steps, the highlight density).
 */
export function groupMentions(marks: Iterable<HTMLElement>): MarkedMention[] {
  const byKey = new Map<string, MarkedMention>();
  for (const mark of marks) {
    const actorId = mark.getAttribute(ACTOR_ATTR) ?? '';
    const key = `${actorId}#${mark.getAttribute(MENTION_ATTR)}`;
    const mention = byKey.get(key);
    if (mention) mention.marks.push(mark);
    else byKey.set(key, { actorId, marks: [mark] });
  }
  return [...byKey.values()];
}
