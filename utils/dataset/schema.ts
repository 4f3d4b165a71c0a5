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
  /** A translation for readers, shown under the quote and marked as a translation. */
  translation: v.optional(v.strictObject({ text: Text, lang: Lang })),
});

const Position = v.strictObject({
  summary: Localized,
  quote: v.optional(Quote),
  date: IsoDate,
  source: Source,
});

/**
 * One spelling of an actor's name: a string, or an object when the spelling needs a rule.
 * `match: "capitalized"` for a surname that is also a common word ("Tusk", not an elephant's
 * "tusk"); `match: "exact"` for a short name printed exactly so ("Xi", not the numeral "XI");
 * `context: "full-name"` for one that counts only on a page that also names the actor in full
 * ("Kellogg" beside "Keith Kellogg", never the cereal). See docs/matching.md.
 */
const NameSpec = v.strictObject({
  text: Text,
  match: v.optional(
    v.pipe(
      v.picklist(['capitalized', 'exact']),
      v.description(
        'capitalized: only when printed with a capital ("Tusk", not "tusk"); exact: only as spelled ("Xi", not "XI")',
      ),
    ),
  ),
  context: v.optional(
    v.pipe(
      v.picklist(['full-name']),
      v.description('full-name: only on a page that also names the actor in full'),
    ),
  ),
});
const Name = v.union(
  [Text, NameSpec],
  'must be a name, or an object like {"text": "Tusk", "match": "capitalized"} (match: "capitalized" or "exact"; context: "full-name")',
);

const Actor = v.strictObject({
  id: Slug,
  name: Text,
  nativeName: v.optional(Text),
  /** v2 (docs/schema-v2.md): language tag → the name in that language's script; `ru`/`uk` feed the spelling generator. */
  nativeNames: v.optional(v.record(Lang, Text)),
  /** v2: which of `nativeNames` is the actor's own. */
  nativeLang: v.optional(Lang),
  names: v.pipe(v.array(Name), v.minLength(1, 'must list at least one name')),
  /** Longer names containing one of the actor's names that are someone else ("Melania Trump"). */
  notNames: v.optional(
    v.pipe(
      v.array(Text),
      v.description('Longer names containing one of these names that are someone else'),
    ),
  ),
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
export type Name = Actor['names'][number];

/** The spelling of a name, whether the data gives it as a string or as an object with rules. */
export const nameText = (name: Name): string => (typeof name === 'string' ? name : name.text);
