import { groupMentions } from './groupMentions';
import { ACTOR_ATTR, MARK_SELECTOR } from './markup';
import { isOwnMark } from './ownMarks';
import type { StoryMeta } from './story/cast';
import type { Highlighting } from './story/decidePage';

/** Who a page names: each actor with its number of mentions, in order of first appearance. */
export interface PageCast {
  host: string;
  paused: boolean;
  actors: { id: string; mentions: number }[];
  /**
   * The article's day (`YYYY-MM-DD`), so the popup's cards match the page's hover cards. The
   * content script adds it to its answer (it has read it already); readPageCast does not.
   */
  day?: string;
}

/**
 * Which stories a page is about, told to the popup with its cast: every enabled story, in the
 * cast's order, and what the page highlights (`none`: it is about no story, and nothing was
 * written to it; `anyway`: the reader asked for this page; `everywhere`: the reader's setting).
 */
export interface PageStories {
  stories: { id: string; title: StoryMeta['title']; about: boolean }[];
  highlighting: Highlighting;
}

/**
 * Reads the cast of a page from its highlights. Switched-off categories are included (the
 * popup shows them greyed out); a mention split over several elements counts once. Only marks
 * this content script made count: an element the page dresses up as one fakes no actor.
 */
export function readPageCast(doc: Document, paused: boolean): PageCast {
  const counts = new Map<string, number>();
  const own = [...doc.querySelectorAll(MARK_SELECTOR)].filter(isOwnMark);
  for (const [first] of groupMentions(own)) {
    const id = first!.getAttribute(ACTOR_ATTR) ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const actors = [...counts].map(([id, mentions]) => ({ id, mentions }));
  return { host: doc.location?.hostname ?? '', paused, actors };
}
