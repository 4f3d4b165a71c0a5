import MiniSearch from 'minisearch';
import { nameText, type Actor, type Dataset } from '../../shared/dataset/schema';
import { fold } from '../../shared/matching/fold';

interface Doc {
  id: string;
  name: string;
  names: string;
  role: string;
  category: string;
  delegations: string;
}

/** Searches the cast; an empty query lists everyone, by name. */
export type CastSearch = (query: string) => Actor[];

/**
 * Builds a search over the whole cast by any name or alias in any script, role, category and
 * delegation, in both data languages. Terms are folded like the matcher folds them, so case
 * and diacritics never matter, and matching is fuzzy and by prefix, so "medinski", "zelenski"
 * and "erdogan" find their actors as the reader types. The spellings the matcher derives from
 * the native names ("Umjerow", "Ławrow") are searched too.
 */
export function createCastSearch(dataset: Dataset): CastSearch {
  const search = new MiniSearch<Doc>({
    fields: ['name', 'names', 'role', 'category', 'delegations'],
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.25 : 0),
      combineWith: 'AND',
      boost: { name: 3, names: 2 },
    },
  });
  search.addAll(dataset.actors.map((actor) => toDoc(dataset, actor)));
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const everyone = [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name));
  return (query) =>
    query.trim() ? search.search(query).flatMap((hit) => byId.get(String(hit.id)) ?? []) : everyone;
}

function toDoc(dataset: Dataset, actor: Actor): Doc {
  const category = dataset.categories.find((c) => c.id === actor.category);
  const delegations = dataset.delegations.filter((d) =>
    d.members.some((m) => m.actor === actor.id),
  );
  return {
    id: actor.id,
    name: actor.name,
    names: [...actor.names.map(nameText)].join(' '),
    role: actor.roles.map((r) => `${r.en} ${r.de}`).join(' '),
    category: category ? `${category.label.en} ${category.label.de}` : '',
    delegations: delegations.map((d) => `${d.name.en} ${d.name.de}`).join(' '),
  };
}
