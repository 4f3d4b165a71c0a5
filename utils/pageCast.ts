import { ACTOR_ATTR, MARK_SELECTOR, MENTION_ATTR } from './highlight/markup';
import { isOwnMark } from './highlight/ownMarks';

/**
 * Whose casts the page shows: the stories it is about, every story (the reader's setting "Highlight
 * on every page"), every story because the reader asked on this page, or none (a page about no story).
 */
export type Highlighting = 'about' | 'everywhere' | 'anyway' | 'none';

/** An enabled story as the popup names it, and whether the page is about it. */
export interface PageStory {
  id: string;
  title: { en: string; de: string };
  about: boolean;
}

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
  /** Every enabled story, in the order of the stories installed; added by the content script. */
  stories?: PageStory[];
  /** Whose casts are highlighted; added by the content script. */
  highlighting?: Highlighting;
}

/**
 * Reads the cast of a page from its highlights. Switched-off categories are included (the
 * popup shows them greyed out); a mention split over several elements counts once. Only marks
 * this content script made count: an element the page dresses up as one fakes no actor.
 */
export function readPageCast(doc: Document, paused: boolean): PageCast {
  const mentions = new Map<string, Set<string | null>>();
  for (const mark of doc.querySelectorAll(MARK_SELECTOR)) {
    if (!isOwnMark(mark)) continue;
    const id = mark.getAttribute(ACTOR_ATTR) ?? '';
    const seen = mentions.get(id) ?? new Set();
    seen.add(mark.getAttribute(MENTION_ATTR));
    mentions.set(id, seen);
  }
  const actors = [...mentions].map(([id, seen]) => ({ id, mentions: seen.size }));
  return { host: doc.location?.hostname ?? '', paused, actors };
}
