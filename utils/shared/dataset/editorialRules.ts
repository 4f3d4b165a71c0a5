import type { Dataset, Source } from './schema';
import { startKey } from '../dates/period';
import type { Problem } from '../problems/Problem';

const CARD_LANGS = ['en', 'de'] as const;
/** The languages of the press we read (docs/stories.md): a bundled story has keywords in each. */
export const PRESS_LANGS = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk'] as const;

/** Whether a source can be opened and checked by a reader: it has an `https:` URL. */
const isHttps = (source: Source | undefined): boolean => /^https:\/\//i.test(source?.url ?? '');

/**
 * A broken editorial rule at `path`, said in English as written: the rules are for the
 * maintainers of the bundled data (`npm run data:check`), never shown to a reader, so they have
 * no message key to translate.
 */
export const ruleProblem = (path: string, text: string): Problem => ({ path, message: { text } });

/**
 * The editorial rules for the bundled data, beyond what the schema lets any imported file do
 * (docs/schema-v2.md): every position, role and round has an `https` source a reader can open;
 * every round its venue and outcome; a quote is in the speaker's language with our translations
 * into each other card language, and never a translation into its own; no date lies after the
 * dataset's `asOf`; the story has keywords in each press language and at least one core actor.
 * Run by `npm run data:check`. Returns every problem, each with its path.
 */
export function editorialProblems(data: Dataset): Problem[] {
  const problems: Problem[] = storyProblems(data);
  const late = (date: string | undefined, path: string) => {
    if (date !== undefined && startKey(date) > data.asOf) {
      problems.push(ruleProblem(path, `${date} is after the dataset's asOf (${data.asOf})`));
    }
  };
  data.rounds.forEach((round, i) => {
    const path = `rounds[${i}]`;
    if (!round.venue) problems.push(ruleProblem(`${path}.venue`, 'a round needs its venue'));
    if (!round.outcome) problems.push(ruleProblem(`${path}.outcome`, 'a round needs its outcome'));
    if (!isHttps(round.source)) problems.push(ruleProblem(`${path}.source`, 'needs an https URL'));
    late(round.date, `${path}.date`);
  });
  data.actors.forEach((actor, i) => {
    actor.roles.forEach((role, j) => {
      const path = `actors[${i}].roles[${j}]`;
      if (!isHttps(role.source))
        problems.push(ruleProblem(`${path}.source`, `needs an https URL (${actor.id})`));
      late(role.from, `${path}.from`);
      late(role.to, `${path}.to`);
    });
    actor.positions.forEach((position, j) => {
      const path = `actors[${i}].positions[${j}]`;
      if (!isHttps(position.source))
        problems.push(ruleProblem(`${path}.source`, `needs an https URL (${actor.id})`));
      late(position.date, `${path}.date`);
      const quote = position.quote;
      if (!quote) return;
      for (const lang of CARD_LANGS) {
        const translation = quote.translations?.[lang];
        if (lang === quote.lang && translation !== undefined) {
          problems.push(
            ruleProblem(`${path}.quote.translations.${lang}`, `the quote is in ${lang} already`),
          );
        } else if (lang !== quote.lang && translation === undefined) {
          problems.push(
            ruleProblem(
              `${path}.quote.translations.${lang}`,
              `a quote needs its ${lang} translation`,
            ),
          );
        }
      }
    });
  });
  return problems;
}

/** The story's own rules: keywords in every press language, a core, a period within `asOf`. */
function storyProblems(data: Dataset): Problem[] {
  const { story } = data;
  const problems = PRESS_LANGS.filter((lang) => !story.keywords[lang]?.length).map((lang) =>
    ruleProblem(`story.keywords.${lang}`, `a bundled story needs keywords in ${lang}`),
  );
  if (story.core.length === 0)
    problems.push(ruleProblem('story.core', 'a bundled story needs its core actors'));
  for (const [key, date] of Object.entries(story.period)) {
    if (date !== undefined && startKey(date) > data.asOf)
      problems.push(
        ruleProblem(`story.period.${key}`, `${date} is after the dataset's asOf (${data.asOf})`),
      );
  }
  return problems;
}

/** How well one actor is covered: roles, positions, quotes and distinct sources cited. */
export interface CoverageRow {
  id: string;
  name: string;
  roles: number;
  positions: number;
  quotes: number;
  sources: number;
}

/** One row per actor, in the data's order, for the coverage table. */
export function coverage(data: Dataset): CoverageRow[] {
  return data.actors.map((actor) => {
    const sources = [...actor.roles.map((r) => r.source), ...actor.positions.map((p) => p.source)];
    const urls = new Set(sources.flatMap((s) => (s?.url ? [s.url] : [])));
    return {
      id: actor.id,
      name: actor.name,
      roles: actor.roles.length,
      positions: actor.positions.length,
      quotes: actor.positions.filter((p) => p.quote).length,
      sources: urls.size,
    };
  });
}

/** The coverage as a Markdown table with a totals row (printed, and quoted in the README). */
export function coverageTable(rows: readonly CoverageRow[]): string {
  const sum = (key: 'roles' | 'positions' | 'quotes' | 'sources') =>
    rows.reduce((total, row) => total + row[key], 0);
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['Actor', 'Roles', 'Positions', 'Quotes', 'Sources']),
    line(['---', '--:', '--:', '--:', '--:']),
    ...rows.map((r) => line([r.name, r.roles, r.positions, r.quotes, r.sources])),
    line([
      `**${rows.length} actors**`,
      sum('roles'),
      sum('positions'),
      sum('quotes'),
      sum('sources'),
    ]),
  ].join('\n');
}
