import { deriveSpellings } from '../matching/deriveSpellings';
import { fold } from '../matching/fold';
import { nameText, type Actor, type Dataset, type Name } from './schema';

/**
 * A person's name counts only when printed with capitals ("Putin", "PUTIN", "Умєров"): in the
 * running prose of all seven fixture languages a person's name is capitalised, and the
 * lower-case ones are inside URLs, slugs, e-mail addresses and hashtags
 * ("…/2025-5-15-putin-no-viajara…", "#zelensky", "#умєров"), which are not mentions
 * (docs/matching.md). Scripts without case (Han) are unaffected: the rule only asks for the
 * capitals the data writes.
 */
function withPersonCase(actor: Actor, name: Name): Name {
  const text = nameText(name);
  if (actor.kind !== 'person') return name;
  if (typeof name === 'string') return { text, match: 'capitalized' };
  return name.match ? name : { ...name, match: 'capitalized' };
}

/**
 * Every spelling of an actor the matcher and the search use: the listed names, the native
 * names (v2's `nativeNames`, matched without being repeated in `names`) and the spellings the
 * generator derives from them ({@link deriveSpellings}), each once (folded), listed ones first.
 */
export function spellingsOf(actor: Actor): string[] {
  const seen = new Set(actor.names.map((n) => fold(nameText(n))));
  const extra: string[] = [];
  for (const text of [...Object.values(actor.nativeNames ?? {}), ...deriveSpellings(actor)]) {
    const key = fold(text);
    if (seen.has(key)) continue;
    seen.add(key);
    extra.push(text);
  }
  return extra;
}

/**
 * The dataset as tabs receive it: each actor's names with its native and derived spellings
 * added ({@link spellingsOf}), and person names matched only when capitalised.
 * A derived spelling another actor also lists, derives or rules out (`notNames`) is dropped:
 * the data decides who owns it. Runs in the background once per dataset, so the content script
 * neither carries the tables nor pays for them.
 */
export function withDerivedNames(dataset: Dataset): Dataset {
  const owners = new Map<string, Set<string>>();
  const own = (text: string, id: string) => {
    const key = fold(text);
    (owners.get(key) ?? owners.set(key, new Set()).get(key))?.add(id);
  };
  const extras = dataset.actors.map((actor) => spellingsOf(actor));
  dataset.actors.forEach((actor, i) => {
    for (const name of actor.names) own(nameText(name), actor.id);
    for (const name of actor.notNames ?? []) own(name, '');
    for (const text of extras[i] ?? []) own(text, actor.id);
  });
  const actors = dataset.actors.map((actor, i) => {
    const added = (extras[i] ?? []).filter((text) => owners.get(fold(text))?.size === 1);
    const names = [...actor.names, ...added].map((name) => withPersonCase(actor, name));
    return { ...actor, names };
  });
  return { ...dataset, actors };
}
