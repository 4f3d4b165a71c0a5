import type { CompiledCast, NameEntry } from './compile';
import { fold } from './fold';
import { matchName, startsWord } from './matchName';
import type { PageContext } from './PageContext';

/** A mention of an actor: `text.slice(start, end)` is the name as printed, with its inflection. */
export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

interface Hit {
  start: number;
  end: number;
  entry: NameEntry;
}

/** The mentions in a text, and whether a name was held back for want of the actor's full name. */
export interface MentionScan {
  mentions: Mention[];
  /** A conditional name ("Kellogg") was found but did not count: the page may name the actor later. */
  withheld: boolean;
}

/**
 * Finds every mention of the cast in a text, left to right, without overlaps. A name counts
 * when it stands as a word of its own, carries an inflection ("Putins", "Путина"), or was glued
 * to a neighbouring word by a scraper (see {@link matchName}). A name the data marks as needing
 * the full name ("Kellogg") counts only if this text, or the `page` it is part of, names the
 * actor in full, or if this text (one block) names another actor of the cast ("Witkoff e
 * Kellogg"); a text's full names are added to `page`. Names the data lists as not the actor
 * ("Melania Trump") are skipped whole.
 */
export function findMentions(cast: CompiledCast, text: string, page?: PageContext): Mention[] {
  return scanMentions(cast, text, page).mentions;
}

/**
 * {@link findMentions}, also telling whether a conditional name was held back, so a caller
 * reading a page in one pass can come back to this text once the whole page is read.
 */
export function scanMentions(cast: CompiledCast, text: string, page?: PageContext): MentionScan {
  const hits = scan(cast, text);
  const named = new Set<string>();
  const present = new Set<string>();
  for (const { entry } of hits) {
    if (entry.isFullName && entry.actorId) named.add(entry.actorId);
    if (!entry.needsFullName && entry.actorId) present.add(entry.actorId);
  }
  named.forEach((id) => page?.add(id));
  const beside = (id: string) => present.size > (present.has(id) ? 1 : 0);
  const mentions: Mention[] = [];
  let withheld = false;
  for (const { start, end, entry } of hits) {
    const id = entry.actorId;
    if (id === null) continue;
    if (entry.needsFullName && !named.has(id) && !page?.has(id) && !beside(id)) withheld = true;
    else mentions.push({ start, end, actorId: id });
  }
  return { mentions, withheld };
}

function scan(cast: CompiledCast, text: string): Hit[] {
  const folded = fold(text);
  const { pattern } = cast; // shared: safe, as a scan runs to its end without yielding
  pattern.lastIndex = 0;
  const hits: Hit[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(folded)) !== null) {
    const hit = resolveAt(cast, text, folded, match.index, match[0]);
    if (hit) hits.push(hit);
    pattern.lastIndex = hit ? hit.end : match.index + 1;
  }
  return hits;
}

/**
 * Tests the names whose first-word stem starts the text at `start` (the longest stem found
 * there, then each shorter stem it begins with), longest first, and returns the first match.
 */
function resolveAt(
  cast: CompiledCast,
  text: string,
  folded: string,
  start: number,
  stem: string,
): Hit | undefined {
  if (!startsWord(text, start)) return undefined;
  for (let length = stem.length; length > 0; length--) {
    for (const entry of cast.byStem.get(stem.slice(0, length)) ?? []) {
      const end = matchName(text, folded, start, entry);
      if (end !== undefined) return { start, end, entry };
    }
  }
  return undefined;
}
