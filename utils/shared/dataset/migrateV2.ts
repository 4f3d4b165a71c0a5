import { SCHEMA_VERSION } from './schema';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Brings a version 2 data file to version 3 (docs/stories.md, "Migration from version 2"): the
 * file gets the `story` it tells, made from what it holds — an id from its title, the title as
 * title and summary, the period its rounds and positions span, and every delegation member as
 * core. It names no keywords, so the page rule decides on its core actors alone until the
 * author adds some. A `story` the file already has is kept. Pure; the input is not changed.
 */
export function migrateV2(value: Obj): Obj {
  const title = typeof value.title === 'string' ? value.title.trim() : '';
  const story = isObj(value.story)
    ? value.story
    : {
        id: slugOf(title),
        ...(title ? { title: { en: title, de: title }, summary: { en: title, de: title } } : {}),
        period: periodOf(value),
        keywords: {},
        core: coreOf(value),
      };
  return { ...value, schemaVersion: SCHEMA_VERSION, story };
}

/** A lowercase ASCII slug of a title ("The Istanbul talks, 2025" → "the-istanbul-talks-2025"). */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'story';
}

/** The first and last day the file's rounds and positions name (its `asOf` when none). */
function periodOf(value: Obj): { from?: unknown; to?: unknown } {
  const dates = [
    ...list(value.rounds).map((r) => (isObj(r) ? r.date : undefined)),
    ...list(value.actors).flatMap((a) => (isObj(a) ? list(a.positions) : [])),
  ]
    .map((d) => (isObj(d) ? d.date : d))
    .filter(isDay)
    .sort();
  if (dates.length === 0) return { from: value.asOf };
  return { from: dates[0], to: dates[dates.length - 1] };
}

/** A well-formed day that exists; other dates are left for the schema to report where they are. */
function isDay(date: unknown): date is string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
}

/** Every actor of the file who sat at a table in it, once each. */
function coreOf(value: Obj): string[] {
  const actors = new Set(list(value.actors).map((a) => (isObj(a) ? a.id : undefined)));
  const ids = list(value.delegations).flatMap((d) =>
    isObj(d) ? list(d.members).map((m) => (isObj(m) ? m.actor : undefined)) : [],
  );
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && actors.has(id)))];
}
