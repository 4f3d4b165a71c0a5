import { fold } from './fold';
import { wordForms, type WordForms } from './inflections';
import { caseRuleOf, type CaseRule } from './nameRules';
import { trieSource } from './trieSource';

/**
 * A name as the dataset gives it: a spelling, or a spelling with rules for when it counts
 * (`match`: how its case must agree; `context: "full-name"`: only on a page that also names the
 * actor in full).
 */
export type NameInput =
  string | { text: string; match?: 'capitalized' | 'exact'; context?: 'full-name' };

/** What the matcher needs to know about one actor. */
export interface CastMember {
  id: string;
  names: readonly NameInput[];
  /** Longer names that contain one of the actor's names but are someone or something else. */
  notNames?: readonly string[];
}

/** One spelling of one actor's name (or of a name that is not the actor), ready to match. */
export interface NameEntry {
  /** The actor, or null for a name that blocks a false match ("Melania Trump"). */
  actorId: string | null;
  /** The spelling, spaces normalised. */
  name: string;
  words: readonly WordForms[];
  caseRule: CaseRule;
  /** Counts only where the actor's full name is on the page too. */
  needsFullName: boolean;
  /** Two or more words and unconditional: confirms the actor's conditional names. */
  isFullName: boolean;
}

/** A cast compiled once per dataset: one pattern for all names, and a way back to the actor. */
export interface CompiledCast {
  /** Finds where a name may start in folded text (first words' stems, longest first). */
  pattern: RegExp;
  /** Candidates by the stem of their first word, longest name first. */
  byStem: ReadonlyMap<string, readonly NameEntry[]>;
}

/**
 * Compiles every name of every actor into one alternation, so a text is scanned once however
 * large the cast (never one pass per name). The RegExp has no `i`/`u` flags: it runs on text
 * already folded by {@link fold}; word forms, case rules and boundaries are checked in code.
 */
export function compileCast(actors: readonly CastMember[]): CompiledCast {
  const entries = new Map<string, NameEntry>();
  for (const actor of actors) {
    for (const name of actor.names) addEntry(entries, toEntry(actor.id, name));
    for (const name of actor.notNames ?? []) addEntry(entries, toEntry(null, name));
  }
  return index([...entries.values()]);
}

function addEntry(entries: Map<string, NameEntry>, entry: NameEntry): void {
  const spelling = entry.caseRule === 'exact' ? entry.name : fold(entry.name);
  const key = `${entry.caseRule}|${entry.actorId === null}|${spelling}`;
  if (!entries.has(key)) entries.set(key, entry);
}

function index(entries: readonly NameEntry[]): CompiledCast {
  const length = (e: NameEntry) => e.name.length + (e.actorId === null ? 0.5 : 0);
  const sorted = [...entries].sort((a, b) => length(b) - length(a));
  const byStem = new Map<string, NameEntry[]>();
  for (const entry of sorted) {
    const key = entry.words[0]?.stem ?? '';
    const list = byStem.get(key);
    if (list) list.push(entry);
    else byStem.set(key, [entry]);
  }
  const stems = [...byStem.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(trieSource(stems), 'g'), byStem };
}

function toEntry(actorId: string | null, input: NameInput): NameEntry {
  const spec = typeof input === 'string' ? { text: input } : input;
  const name = spec.text.trim().replace(/\s+/g, ' ');
  const caseRule = caseRuleOf(name, 'match' in spec ? spec.match : undefined);
  const parts = name.split(' ');
  const needsFullName = 'context' in spec && spec.context === 'full-name';
  return {
    actorId,
    name,
    words: parts.map((word, i) => wordForms(word, i === parts.length - 1, caseRule)),
    caseRule,
    needsFullName,
    isFullName: actorId !== null && parts.length > 1 && !needsFullName,
  };
}
