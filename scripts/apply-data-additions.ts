import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fold } from '../utils/matching/fold';

/** A name as the data file holds it: a spelling, or a spelling with rules. */
type RawName = string | { text: string; [rule: string]: unknown };

/** What one issue changes of one actor (see scripts/data-additions/*.json). */
export interface ActorAdditions {
  /** Merged into the actor's `nativeNames` (language tag → name in that script). */
  nativeNames?: Record<string, string>;
  /** Set when the actor has none yet. */
  nativeLang?: string;
  /** Appended to `names` unless already listed (compared folded). */
  addNames?: RawName[];
  /** Taken out of `names`: spellings the generator now derives. */
  removeNames?: string[];
  /** Appended to `notNames` unless already listed. */
  addNotNames?: string[];
}

/** Additions by actor id. */
export type DataAdditions = Record<string, ActorAdditions>;

interface RawActor {
  id: string;
  names: RawName[];
  notNames?: string[];
  nativeNames?: Record<string, string>;
  nativeLang?: string;
  [field: string]: unknown;
}

const textOf = (name: RawName) => (typeof name === 'string' ? name : name.text);

/**
 * Applies data additions to a parsed data file and returns the new one (the input is not
 * changed). Applying twice gives the same file. An id that names no actor is an error, so a
 * rename in the data is noticed instead of silently losing the additions.
 */
export function applyDataAdditions<T extends { actors: RawActor[] }>(
  data: T,
  additions: DataAdditions,
): T {
  const ids = new Set(data.actors.map((a) => a.id));
  const unknown = Object.keys(additions).filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`data additions name unknown actors: ${unknown.join(', ')}`);
  const actors = data.actors.map((actor) => {
    const add = additions[actor.id];
    return add ? applyToActor(actor, add) : actor;
  });
  return { ...data, actors };
}

function applyToActor(actor: RawActor, add: ActorAdditions): RawActor {
  const removed = new Set((add.removeNames ?? []).map(fold));
  const names = actor.names.filter((n) => !removed.has(fold(textOf(n))));
  const listed = new Set(names.map((n) => fold(textOf(n))));
  for (const name of add.addNames ?? []) if (!listed.has(fold(textOf(name)))) names.push(name);
  const next: RawActor = { ...actor, names };
  if (add.nativeNames) next.nativeNames = { ...actor.nativeNames, ...add.nativeNames };
  if (add.nativeLang && !actor.nativeLang) next.nativeLang = add.nativeLang;
  if (add.addNotNames) {
    const notNames = [...(actor.notNames ?? [])];
    for (const n of add.addNotNames) if (!notNames.includes(n)) notNames.push(n);
    next.notNames = notNames;
  }
  return next;
}

/** `tsx scripts/apply-data-additions.ts [data file] [additions file]`: rewrites the data file. */
function main(
  dataPath = 'data/actors.json',
  additionsPath = 'scripts/data-additions/issue15.json',
) {
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as { actors: RawActor[] };
  const additions = JSON.parse(readFileSync(additionsPath, 'utf8')) as DataAdditions;
  writeFileSync(dataPath, `${JSON.stringify(applyDataAdditions(data, additions), null, 2)}\n`);
  console.log(`Applied ${additionsPath} to ${dataPath}; run npx prettier --write ${dataPath}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv[2], process.argv[3]);
