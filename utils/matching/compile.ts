import { fold } from './fold';
import { inflectionsFor, isAcronym } from './nameRules';

/** One spelling of one actor's name, prepared for matching. */
export interface NameEntry {
  actorId: string;
  /** The name as the dataset spells it (compared exactly for acronyms). */
  name: string;
  folded: string;
  caseSensitive: boolean;
  /** Number of words: only a full name of two or more words may be glued to the next word. */
  words: number;
  inflections: readonly string[];
}

/** A cast compiled once per dataset: one pattern for all names, and a way back to the actor. */
export interface CompiledCast {
  /** Finds candidate positions in folded text; longer names are tried first. */
  pattern: RegExp;
  /** Candidates by their first two folded characters, longest first. */
  byPrefix: ReadonlyMap<string, readonly NameEntry[]>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixOf = (folded: string) => folded.slice(0, 2);

/**
 * Compiles every name of every actor into one alternation, so a text is scanned once however
 * large the cast (never one pass per name). The RegExp has no `i`/`u` flags: it runs on text
 * already folded by {@link fold}, and boundaries are checked in code against the original.
 */
export function compileCast(
  actors: readonly { id: string; names: readonly string[] }[],
): CompiledCast {
  const entries = new Map<string, NameEntry>();
  for (const actor of actors) {
    for (const name of actors.length ? actor.names : []) {
      const entry = toEntry(actor.id, name);
      const key = `${entry.caseSensitive ? name : entry.folded}`;
      if (!entries.has(key)) entries.set(key, entry);
    }
  }
  const sorted = [...entries.values()].sort((a, b) => b.folded.length - a.folded.length);
  const byPrefix = new Map<string, NameEntry[]>();
  for (const entry of sorted) {
    const list = byPrefix.get(prefixOf(entry.folded)) ?? [];
    list.push(entry);
    byPrefix.set(prefixOf(entry.folded), list);
  }
  const alternatives = [...new Set(sorted.map((e) => escapeRegExp(e.folded)))];
  return { pattern: new RegExp(alternatives.join('|') || '(?!)', 'g'), byPrefix };
}

function toEntry(actorId: string, name: string): NameEntry {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return {
    actorId,
    name: trimmed,
    folded: fold(trimmed),
    caseSensitive: isAcronym(trimmed),
    words: trimmed.split(' ').length,
    inflections: inflectionsFor(trimmed),
  };
}

export { prefixOf };
