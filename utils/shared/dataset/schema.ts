import * as v from 'valibot';
import { castLimits, MAX_NAMES_PER_ACTOR, nameLimits, tooManyNamesPerActor } from './limits';
import { schemaMessage } from '../problems/issueProblem';

/**
 * The dataset's schema, in code. It is the single source of truth: `data/actors.schema.json`
 * (for data authors' editors) is generated from it by `npm run schema`, and a test fails when
 * the two drift apart. Bump {@link SCHEMA_VERSION} on any incompatible change.
 */
export const SCHEMA_VERSION = 3;

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage('problemSlug', 'vladimir-putin')),
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty(schemaMessage('problemEmpty')));
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
  v.regex(ISO_DATE, schemaMessage('problemDate', '2025-05-14')),
  v.check(dayExists, schemaMessage('problemDateExists', '2025-05-14')),
);
const HttpUrl = v.pipe(
  v.string(),
  v.url(schemaMessage('problemUrl')),
  v.regex(/^https?:\/\//i, schemaMessage('problemUrlScheme')),
);
const Localized = v.strictObject({ en: Text, de: Text });
const Lang = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, schemaMessage('problemLang')),
);

const Category = v.strictObject({
  id: Slug,
  label: Localized,
  color: v.pipe(v.string(), v.hexColor(schemaMessage('problemColor', '#d62828'))),
});

const Source = v.strictObject({ name: Text, url: v.optional(HttpUrl) });

/**
 * Which story an event, a delegation or a position belongs to. Files leave it out (everything in
 * a file belongs to its story); the merge of several stories sets it (utils/shared/story/cast.ts).
 */
const StoryTag = v.optional(Slug);

/** A keyword that signals the story: a phrase; a trailing `*` matches any word ending. */
const Keyword = v.pipe(Text, v.maxLength(60, schemaMessage('problemKeywordTooLong', '60')));

/**
 * What the file is about (docs/stories.md): its id, title and summary, its period, the keywords
 * that signal it in each language, and the actors core to it (the others are well-known names it
 * mentions). Decides on which pages the story's cast is highlighted.
 */
const Story = v.strictObject({
  id: Slug,
  title: Localized,
  summary: Localized,
  period: v.strictObject({ from: IsoDate, to: v.optional(IsoDate) }),
  keywords: v.record(
    Lang,
    v.pipe(v.array(Keyword), v.maxLength(200, schemaMessage('problemTooManyKeywords', '200'))),
  ),
  core: v.array(Slug),
});

/** One event of the story (a round of talks): when, where, what came of it (docs/schema-v2.md). */
const Round = v.strictObject({
  id: Slug,
  title: Localized,
  date: IsoDate,
  venue: v.optional(Localized),
  outcome: v.optional(Localized),
  source: v.optional(Source),
  story: StoryTag,
});

/** Who sat at one side's table in one round; its date and event are the round's. */
const Delegation = v.strictObject({
  id: Slug,
  name: Localized,
  round: Slug,
  members: v.pipe(
    v.array(v.strictObject({ actor: Slug, role: v.picklist(['head', 'member', 'expert']) })),
    v.minLength(1, schemaMessage('problemNoMember')),
  ),
  source: v.optional(Source),
  story: StoryTag,
});

/** An office held from `from` (missing: since before the story) to `to` (missing: still held). */
const Role = v.strictObject({
  en: Text,
  de: Text,
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
  source: v.optional(Source),
});

/**
 * The speaker's own words in the language they were said in, as an outlet printed them, with
 * our translations into the card's languages (always shown marked as translations).
 */
const Quote = v.strictObject({
  text: Text,
  lang: Lang,
  translations: v.optional(v.strictObject({ en: v.optional(Text), de: v.optional(Text) })),
});

const Position = v.strictObject({
  summary: Localized,
  quote: v.optional(Quote),
  date: IsoDate,
  /** The round the statement belongs to, when it belongs to one. */
  round: v.optional(Slug),
  source: Source,
  story: StoryTag,
});

/**
 * One spelling of an actor's name: a string, or an object when the spelling needs a rule.
 * `match: "capitalized"` for a surname that is also a common word ("Tusk", not an elephant's
 * "tusk"); `match: "exact"` for a short name printed exactly so ("Xi", not the numeral "XI");
 * `context: "full-name"` for one that counts only on a page that also names the actor in full
 * ("Kellogg" beside "Keith Kellogg", never the cereal). See docs/matching.md.
 */
const NameText = v.pipe(Text, ...nameLimits);
const NameSpec = v.strictObject({
  text: NameText,
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
  [NameText, NameSpec],
  schemaMessage(
    'problemName',
    '{"text": "Tusk", "match": "capitalized"} (match: "capitalized" or "exact"; context: "full-name")',
  ),
);

const Actor = v.strictObject({
  id: Slug,
  name: Text,
  /** Language tag → the name in that language's own script; every value is matched as a name. */
  nativeNames: v.optional(v.record(Lang, NameText)),
  /** Which of `nativeNames` is the actor's own, shown on the card. */
  nativeLang: v.optional(Lang),
  names: v.pipe(
    v.array(Name),
    v.minLength(1, schemaMessage('problemNoName')),
    v.maxLength(MAX_NAMES_PER_ACTOR, tooManyNamesPerActor),
  ),
  /** Longer names containing one of the actor's names that are someone else ("Melania Trump"). */
  notNames: v.optional(
    v.pipe(
      v.array(NameText),
      v.maxLength(MAX_NAMES_PER_ACTOR, tooManyNamesPerActor),
      v.description('Longer names containing one of these names that are someone else'),
    ),
  ),
  category: Slug,
  kind: v.picklist(['person', 'institution']),
  roles: v.pipe(v.array(Role), v.minLength(1, schemaMessage('problemNoRoles'))),
  affiliation: v.optional(Localized),
  positions: v.array(Position),
});

/** The whole data file: what it is, the story it tells, its categories, rounds, delegations and actors. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: Text,
  version: Text,
  asOf: IsoDate,
  story: Story,
  categories: v.pipe(v.array(Category), v.minLength(1, schemaMessage('problemNoCategories'))),
  rounds: v.array(Round),
  delegations: v.array(Delegation),
  actors: v.pipe(
    v.array(Actor),
    v.minLength(1, schemaMessage('problemNoActors')),
    ...castLimits<v.InferOutput<typeof Actor>>(),
  ),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Story = Dataset['story'];
export type Actor = Dataset['actors'][number];
export type Category = Dataset['categories'][number];
export type Delegation = Dataset['delegations'][number];
export type Round = Dataset['rounds'][number];
export type Role = Actor['roles'][number];
export type Position = Actor['positions'][number];
export type Quote = NonNullable<Position['quote']>;
export type Source = Position['source'];
export type Name = Actor['names'][number];

/** The spelling of a name, whether the data gives it as a string or as an object with rules. */
export const nameText = (name: Name): string => (typeof name === 'string' ? name : name.text);
