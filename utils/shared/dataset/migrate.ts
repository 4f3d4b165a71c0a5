import { migrateV2 } from './migrateV2';

/** A parsed data file, brought to the current schema version where it was older. */
export interface Migrated {
  value: unknown;
  /** The version the file had, when it was migrated; undefined when it was current already. */
  migratedFrom?: number;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings an older data file to the current schema version, one version at a time: 1 → 2
 * (docs/schema-v2.md, "Migration from version 1"), 2 → 3 (docs/stories.md, "Migration from
 * version 2"), so files authors made before still import. Works on the raw parsed value before
 * validation: what it does not recognise it leaves as it is, for the schema to report with its
 * path. Pure; the input is not changed.
 */
export function migrateDataset(value: unknown): Migrated {
  if (!isObj(value) || (value.schemaVersion !== 1 && value.schemaVersion !== 2)) return { value };
  const from = value.schemaVersion;
  const v2 = from === 1 ? migrateV1(value) : value;
  return { value: migrateV2(v2), migratedFrom: from };
}

/** Version 1 → 2: rounds from the delegations' events, roles, native names, quotes. */
function migrateV1(value: Obj): Obj {
  const rounds = new Map<string, Obj>();
  const delegations = Array.isArray(value.delegations)
    ? value.delegations.map((d) => migrateDelegation(d, rounds))
    : value.delegations;
  const actors = Array.isArray(value.actors) ? value.actors.map(migrateActor) : value.actors;
  return { ...value, schemaVersion: 2, rounds: [...rounds.values()], delegations, actors };
}

/**
 * Each distinct `(event, date)` of the v1 delegations becomes a round, with an id from the date
 * (`round-2025-05-16`, then `round-2025-05-16-2` for another event that day); they point at it.
 */
function migrateDelegation(delegation: unknown, rounds: Map<string, Obj>): unknown {
  if (!isObj(delegation) || typeof delegation.date !== 'string') return delegation;
  const { event, date, ...rest } = delegation;
  const key = JSON.stringify([event, date]);
  let round = rounds.get(key);
  if (!round) {
    const base = `round-${date.replace(/[^0-9]+/g, '-')}`;
    const taken = [...rounds.values()].filter((r) => String(r.id).startsWith(base)).length;
    round = { id: taken ? `${base}-${taken + 1}` : base, title: event, date };
    rounds.set(key, round);
  }
  return { ...rest, round: round.id };
}

function migrateActor(actor: unknown): unknown {
  if (!isObj(actor)) return actor;
  const { role, nativeName, positions, ...rest } = actor;
  const out: Obj = { ...rest };
  if (isObj(role)) {
    const { asOf, ...names } = role;
    out.roles = [asOf === undefined ? names : { ...names, from: asOf }];
  } else if (role !== undefined) out.role = role;
  if (typeof nativeName === 'string') {
    const lang = scriptLang(nativeName);
    out.nativeNames = { [lang]: nativeName };
    out.nativeLang = lang;
  } else if (nativeName !== undefined) out.nativeName = nativeName;
  out.positions = Array.isArray(positions) ? positions.map(migratePosition) : positions;
  return out;
}

/** A v1 quote in the speaker's words keeps them; a translated one (never a quote) is dropped. */
function migratePosition(position: unknown): unknown {
  if (!isObj(position) || !isObj(position.quote)) return position;
  const { quote, ...rest } = position;
  if (quote.translated === true) return rest;
  const words: Obj = { ...quote };
  const translation = words.translation;
  delete words.translated;
  delete words.translation;
  // Only translations into a card language have a place in v2; others are left out.
  if (!isObj(translation) || (translation.lang !== 'en' && translation.lang !== 'de')) {
    return { ...rest, quote: words };
  }
  return { ...rest, quote: { ...words, translations: { [translation.lang]: translation.text } } };
}

/**
 * The language a native name is most likely in, from its script: Cyrillic with a letter only
 * Ukrainian has → `uk`, other Cyrillic → `ru`, Han → `zh`, anything else `und` (undetermined).
 */
export function scriptLang(name: string): string {
  if (/[іїєґІЇЄҐ]/u.test(name)) return 'uk';
  if (/\p{Script=Cyrillic}/u.test(name)) return 'ru';
  if (/\p{Script=Han}/u.test(name)) return 'zh';
  return 'und';
}
