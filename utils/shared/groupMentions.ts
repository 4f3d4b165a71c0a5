import { ACTOR_ATTR, MENTION_ATTR } from './markup';

/**
 * The marks grouped into mentions: a mention split over several elements (a name across a link
 * edge) is several marks with the same actor and mention number. Each group holds its marks in
 * the order given; groups come in the order of their first mark. The one place the popup's
 * count, the card's "mention n of N" and the highlight density tell mentions from marks.
 */
export function groupMentions<E extends Element>(marks: Iterable<E>): E[][] {
  const groups = new Map<string, E[]>();
  for (const mark of marks) {
    const key = `${mark.getAttribute(ACTOR_ATTR)}#${mark.getAttribute(MENTION_ATTR)}`;
    const group = groups.get(key);
    if (group) group.push(mark);
    else groups.set(key, [mark]);
  }
  return [...groups.values()];
}
