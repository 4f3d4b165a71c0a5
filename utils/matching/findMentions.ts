import type { CompiledCast, NameEntry } from './compile';
import { prefixOf } from './compile';
import { fold } from './fold';
import { isLower, isUpper, isWordChar } from './nameRules';

/** A mention of an actor: `text.slice(start, end)` is the name as printed, with its inflection. */
export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

/**
 * Finds every mention of the cast in a text, left to right, without overlaps. A name counts
 * when it stands as a word of its own, carries an inflection ("Putins", "Kremls"), or was glued
 * to a neighbouring word by a scraper: at a lower→upper case change ("demKremlDer"), or, for a
 * full name of two or more words, before a lower-case word ("Vladimir Putinhat"). A single
 * word inside a longer word ("Trumpet", "Merzig") is never a mention.
 */
export function findMentions(cast: CompiledCast, text: string): Mention[] {
  const folded = fold(text);
  const pattern = new RegExp(cast.pattern.source, 'g');
  const mentions: Mention[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(folded)) !== null) {
    const mention = resolveAt(cast, text, folded, match.index);
    if (mention) mentions.push(mention);
    pattern.lastIndex = mention ? mention.end : match.index + 1;
  }
  return mentions;
}

/** Tests every name starting at `start`, longest first, and returns the first true mention. */
function resolveAt(
  cast: CompiledCast,
  text: string,
  folded: string,
  start: number,
): Mention | undefined {
  if (!startsWord(text, start)) return undefined;
  for (const entry of cast.byPrefix.get(prefixOf(folded.slice(start))) ?? []) {
    if (!folded.startsWith(entry.folded, start)) continue;
    const end = mentionEnd(text, folded, start, entry);
    if (end !== undefined) return { start, end, actorId: entry.actorId };
  }
  return undefined;
}

function startsWord(text: string, at: number): boolean {
  const before = text[at - 1];
  return !isWordChar(before) || (isLower(before) && isUpper(text[at]));
}

function mentionEnd(
  text: string,
  folded: string,
  start: number,
  entry: NameEntry,
): number | undefined {
  const end = start + entry.folded.length;
  if (entry.caseSensitive && text.slice(start, end) !== entry.name) return undefined;
  for (const ending of entry.inflections) {
    if (folded.startsWith(ending, end) && !isWordChar(text[end + ending.length])) {
      return end + ending.length;
    }
  }
  if (!isWordChar(text[end])) return end;
  const gluedByCase = isLower(text[end - 1]) && isUpper(text[end]);
  const gluedFullName = entry.words > 1 && !entry.caseSensitive && isLower(text[end]);
  return gluedByCase || gluedFullName ? end : undefined;
}
