import * as v from 'valibot';
import { checkIntegrity } from './integrity';
import { migrateDataset } from './migrate';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { err, ok, type Result } from '../result';
import { issueProblem } from '../problems/issueProblem';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * Validates an already parsed dataset (e.g. one read back from storage): the schema version,
 * the schema, then references and names. Kept apart from JSON parsing, since stored values are
 * parsed already. The content script never runs it (the background validates for every tab).
 *
 * Every problem is listed in one round: when the schema fails, the integrity checks still run
 * over the entries that passed it (see {@link integrityOfValidParts}), so a data author does not
 * fix the types only to meet the broken references next.
 *
 * Fails closed: if checking throws (a data file no check foresaw), the data is invalid, with a
 * problem saying so, never an exception that would leave a caller without an answer.
 */
export function checkDataset(raw: unknown): Result<Dataset, Problem[]> {
  try {
    return check(raw);
  } catch (e) {
    return err([uncheckableProblem(e)]);
  }
}

/** The problem of data whose checking threw: it is not used, and the reader is told why. */
export const uncheckableProblem = (e: unknown): Problem =>
  problemAt(undefined, 'problemUncheckable', e instanceof Error ? e.message : String(e));

function check(raw: unknown): Result<Dataset, Problem[]> {
  const version = versionProblem(raw);
  if (version) return err([version]);
  const { value, migratedFrom } = migrateDataset(raw);
  const result = v.safeParse(DatasetSchema, value);
  if (result.success) {
    const problems = checkIntegrity(result.output);
    if (problems.length) return err(problems);
    if (migratedFrom !== undefined) migrated.set(result.output, migratedFrom);
    return ok(result.output);
  }
  const problems = result.issues.map(issueProblem);
  // Over a dataset-wide limit (utils/shared/dataset/limits.ts) the file must shrink first; checking
  // every one of its names (seconds for 400,000) would only hold the reader up.
  if (result.issues.some(isCastLimit)) return err(problems);
  return err(distinct([...problems, ...integrityOfValidParts(value)]));
}

const migrated = new WeakMap<Dataset, number>();

/**
 * The schema version a dataset was migrated from when {@link checkDataset} read it from an
 * older file, so the options page can say so; undefined for a file of the current version.
 */
export const migratedFrom = (dataset: Dataset): number | undefined => migrated.get(dataset);

function versionProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  // Without a version number the shape to check is unknown: that one problem says it all.
  if (version !== undefined && typeof version !== 'number') {
    return problemAt('schemaVersion', 'problemType', 'number', JSON.stringify(version));
  }
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    const known = String(SCHEMA_VERSION);
    return problemAt('schemaVersion', 'problemSchemaVersion', String(version), known);
  }
  return undefined;
}

/** An issue of the whole `actors` list's checks: one of the dataset-wide limits. */
const isCastLimit = (issue: v.BaseIssue<unknown>): boolean =>
  issue.type === 'check' && issue.path?.length === 1 && issue.path[0]?.key === 'actors';

/** The problems without repeats (a schema problem the integrity checks find again), in order. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.path, problem.message]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

const LISTS = ['categories', 'rounds', 'delegations', 'actors'] as const;
type ListName = (typeof LISTS)[number];

/** The schema of one entry of each list, taken from the dataset's schema (no second copy). */
const ENTRY_SCHEMAS = {
  categories: DatasetSchema.entries.categories.pipe[0].item,
  rounds: DatasetSchema.entries.rounds.item,
  delegations: DatasetSchema.entries.delegations.item,
  actors: DatasetSchema.entries.actors.pipe[0].item,
};

/** An actor's `names`, alone: a failed actor whose names pass keeps them for the name checks. */
const NAMES_SCHEMA = ENTRY_SCHEMAS.actors.entries.names;

/** What a stand-in kept of its raw entry, so problems about those fields are still reported. */
interface Kept {
  category: boolean;
  names: boolean;
}

/** One list's entries: each valid one as parsed, each invalid one by a stand-in (see below). */
interface PartialList {
  entries: Dataset[ListName][number][];
  /** Indexes of stand-ins, with what each kept. */
  standIns: Map<number, Kept>;
}

/**
 * The integrity problems (duplicate ids, dangling references, unsafe names) of a dataset that
 * failed its schema, found where that is safe: only when all three lists are arrays, and only
 * over the entries that passed the schema. An entry that failed is kept at its index (so paths
 * stay right) as a stand-in with its raw `id` and, for an actor, its raw `category` (a string)
 * and `names` (if they pass on their own), and nothing else. So references to it are not
 * reported as dangling, while its duplicate id, its own reference and its names still are.
 * Problems about a stand-in's other fields are dropped: its schema problems describe it. If the
 * checks cannot run on such data, none are reported: the author sees them once the schema
 * problems are fixed.
 */
function integrityOfValidParts(value: unknown): Problem[] {
  if (typeof value !== 'object' || value === null) return [];
  const raw = value as Record<string, unknown>;
  if (!LISTS.every((name) => Array.isArray(raw[name]))) return [];
  const lists = Object.fromEntries(
    LISTS.map((name) => [name, partialList(name, raw[name] as unknown[])]),
  ) as Record<ListName, PartialList>;
  const parsedStory = v.safeParse(DatasetSchema.entries.story, raw.story);
  const story = parsedStory.success ? parsedStory.output : undefined;
  const partial = {
    schemaVersion: SCHEMA_VERSION,
    title: '',
    version: '',
    asOf: '',
    story: story ?? STORY_STAND_IN,
    categories: lists.categories.entries,
    rounds: lists.rounds.entries,
    delegations: lists.delegations.entries,
    actors: lists.actors.entries,
  } as Dataset;
  let problems: Problem[];
  try {
    problems = checkIntegrity(partial);
  } catch {
    return [];
  }
  return problems.filter(({ path = '' }) => {
    // A story that failed its schema is described by its schema problems alone.
    if (!story && (path.startsWith('story.') || path.endsWith('.story'))) return false;
    const at = /^(categories|rounds|delegations|actors)\[(\d+)\]\.?(\w*)/.exec(path);
    if (!at) return true;
    const kept = lists[at[1] as ListName].standIns.get(Number(at[2]));
    if (!kept) return true;
    return (
      at[3] === 'id' || (at[3] === 'category' && kept.category) || (at[3] === 'names' && kept.names)
    );
  });
}

function partialList(name: ListName, items: unknown[]): PartialList {
  const standIns = new Map<number, Kept>();
  const entries = items.map((item, i) => {
    const parsed = v.safeParse(ENTRY_SCHEMAS[name], item);
    if (parsed.success) return parsed.output;
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    // An id no reference can name, for an entry without a usable one.
    const id = typeof raw.id === 'string' ? raw.id : `\u0000${name}[${i}]`;
    if (name === 'categories') {
      standIns.set(i, NOTHING_KEPT);
      return { id, label: LOCALIZED, color: '#000000' };
    }
    if (name === 'rounds') {
      standIns.set(i, NOTHING_KEPT);
      return { id, title: LOCALIZED, date: DATE };
    }
    if (name === 'delegations') {
      standIns.set(i, NOTHING_KEPT);
      return { id, name: LOCALIZED, round: id, members: [] };
    }
    const category = typeof raw.category === 'string' ? raw.category : undefined;
    const names = v.safeParse(NAMES_SCHEMA, raw.names);
    standIns.set(i, { category: category !== undefined, names: names.success });
    return {
      id,
      name: '-',
      names: names.success ? names.output : [],
      category: category ?? '',
      kind: 'person' as const,
      roles: [LOCALIZED],
      positions: [],
    };
  });
  return { entries: entries as PartialList['entries'], standIns };
}

const NOTHING_KEPT: Kept = { category: false, names: false };
const LOCALIZED = { en: '-', de: '-' };
const DATE = '2000-01-01';
const STORY_STAND_IN: Dataset['story'] = {
  id: '-',
  title: LOCALIZED,
  summary: LOCALIZED,
  period: { from: DATE },
  keywords: {},
  core: [],
};
