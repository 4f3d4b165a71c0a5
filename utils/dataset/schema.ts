import * as v from 'valibot';

/**
 * The dataset's schema, in code. It is the single source of truth: `data/actors.schema.json`
 * (for data authors' editors) is generated from it by `npm run schema`, and a test fails when
 * the two drift apart. Bump {@link SCHEMA_VERSION} on any incompatible change.
 */
export const SCHEMA_VERSION = 1;

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug like "vladimir-putin"'),
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** Whether the day of a well-formed date exists (no 30 February); the regex reports the rest. */
function dayExists(date: string): boolean {
  const [year = 0, month = 1, day] = date.split('-').map(Number);
  if (!ISO_DATE.test(date) || day === undefined) return true;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
/** A calendar date, or a month where the day is not known: "2025-05-14" or "2025-05". */
const IsoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'must be a date like "2025-05-14"'),
  v.check(dayExists, 'must be a date that exists, like "2025-05-14"'),
);
const HttpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must start with https:// or http://'),
);
const Localized = v.strictObject({ en: Text, de: Text });
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag'));

const Category = v.strictObject({
  id: Slug,
  label: Localized,
  color: v.pipe(v.string(), v.hexColor('must be a hex colour like "#d62828"')),
});

const Delegation = v.strictObject({
  id: Slug,
  name: Localized,
  event: Localized,
  date: IsoDate,
  members: v.pipe(
    v.array(v.strictObject({ actor: Slug, role: v.picklist(['head', 'member']) })),
    v.minLength(1, 'must list at least one member'),
  ),
});

const Source = v.strictObject({ name: Text, url: v.optional(HttpUrl) });

const Quote = v.strictObject({
  text: Text,
  lang: Lang,
  /** True when the text is a translation of what was said, not the original words. */
  translated: v.boolean(),
});

const Position = v.strictObject({
  summary: Localized,
  quote: v.optional(Quote),
  date: IsoDate,
  source: Source,
});

const Actor = v.strictObject({
  id: Slug,
  name: Text,
  nativeName: v.optional(Text),
  names: v.pipe(v.array(Text), v.minLength(1, 'must list at least one name')),
  category: Slug,
  kind: v.picklist(['person', 'institution']),
  role: v.strictObject({ en: Text, de: Text, asOf: IsoDate }),
  affiliation: v.optional(Localized),
  positions: v.array(Position),
});

/** The whole data file: what it is, its categories, delegations and actors. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: Text,
  version: Text,
  asOf: IsoDate,
  categories: v.pipe(v.array(Category), v.minLength(1, 'must list at least one category')),
  delegations: v.array(Delegation),
  actors: v.pipe(v.array(Actor), v.minLength(1, 'must list at least one actor')),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Actor = Dataset['actors'][number];
export type Category = Dataset['categories'][number];
export type Delegation = Dataset['delegations'][number];
export type Position = Actor['positions'][number];
