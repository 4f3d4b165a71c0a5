import type { Actor, Category, Dataset, Delegation, Round } from './schema';

/** One entry (same id) in both datasets, and the fields whose values differ. */
export interface Change<T> {
  before: T;
  after: T;
  /** Top-level field names, in the order the new entry gives them (`names`, `role`, …). */
  fields: string[];
}

/** How one list (actors, categories, rounds, delegations) changes, entries matched by id. */
export interface ListDiff<T> {
  /** In the new dataset's order. */
  added: T[];
  /** In the old dataset's order. */
  removed: T[];
  /** In the new dataset's order. */
  changed: Change<T>[];
  unchanged: number;
}

type About = Pick<Dataset, 'title' | 'version' | 'asOf'>;

/** What applying `after` in place of `before` would change. */
export interface DatasetDiff {
  before: About;
  after: About;
  /** Which of title, version and asOf differ. */
  aboutChanged: (keyof About)[];
  categories: ListDiff<Category>;
  rounds: ListDiff<Round>;
  delegations: ListDiff<Delegation>;
  actors: ListDiff<Actor>;
  /** True when nothing a reader could see differs (the order of entries does not count). */
  same: boolean;
}

const ABOUT = ['title', 'version', 'asOf'] as const;

/**
 * Compares two valid datasets for the preview shown before an import is applied: entries added,
 * removed and changed (with the fields that changed) per list, matched by id, and the datasets'
 * title, version and as-of date. Pure; ids are unique in valid data.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const categories = diffList(before.categories, after.categories);
  const rounds = diffList(before.rounds, after.rounds);
  const delegations = diffList(before.delegations, after.delegations);
  const actors = diffList(before.actors, after.actors);
  const aboutChanged = ABOUT.filter((key) => before[key] !== after[key]);
  const lists = [categories, rounds, delegations, actors];
  const same =
    aboutChanged.length === 0 &&
    lists.every((l) => !l.added.length && !l.removed.length && !l.changed.length);
  return {
    before: pickAbout(before),
    after: pickAbout(after),
    aboutChanged,
    categories,
    rounds,
    delegations,
    actors,
    same,
  };
}

const pickAbout = ({ title, version, asOf }: Dataset): About => ({ title, version, asOf });

function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): ListDiff<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  const diff: ListDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      diff.added.push(item);
      continue;
    }
    const fields = changedFields(previous, item);
    if (fields.length) diff.changed.push({ before: previous, after: item, fields });
    else diff.unchanged += 1;
  }
  diff.removed = before.filter((item) => !ids.has(item.id));
  return diff;
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => !sameValue(a[key], b[key]));
}

/**
 * Deep equality of JSON values: arrays in order, objects whatever their key order, and a key
 * whose value is `undefined` counts as absent.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}
