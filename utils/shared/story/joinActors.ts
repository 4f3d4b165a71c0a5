import { nameText, type Actor } from '../dataset/schema';

/**
 * One actor of two stories (same id), for the merged cast: the first story's identity (name,
 * category, kind, affiliation when it gives one), both stories' names and `notNames` (each
 * spelling once, the first story's rules win), native names merged (the first story's spelling
 * wins per language), roles unioned without repeats (same titles and period), and the
 * positions of both, in story order.
 */
export function joinActors(first: Actor, later: Actor): Actor {
  const joined: Actor = {
    ...first,
    names: uniqueBy([...first.names, ...later.names], nameText),
    roles: uniqueBy([...first.roles, ...later.roles], (r) =>
      JSON.stringify([r.en, r.de, r.from ?? '', r.to ?? '']),
    ),
    positions: [...first.positions, ...later.positions],
  };
  const notNames = uniqueBy([...(first.notNames ?? []), ...(later.notNames ?? [])], (n) => n);
  if (notNames.length) joined.notNames = notNames;
  if (first.nativeNames || later.nativeNames) {
    joined.nativeNames = { ...later.nativeNames, ...first.nativeNames };
  }
  const nativeLang = first.nativeLang ?? later.nativeLang;
  if (nativeLang) joined.nativeLang = nativeLang;
  const affiliation = first.affiliation ?? later.affiliation;
  if (affiliation) joined.affiliation = affiliation;
  return joined;
}

/** The entries with distinct keys, each the first with its key, in order. */
function uniqueBy<T>(entries: readonly T[], key: (entry: T) => string): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const k = key(entry);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
