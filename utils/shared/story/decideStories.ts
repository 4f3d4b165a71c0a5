import type { StoryMeta } from './cast';

/** What one read of a page found, for deciding which stories it is about. */
export interface PageEvidence {
  /** Story id → the distinct keywords found (title and body text), as listed. */
  keywords: Map<string, Set<string>>;
  /** Actor id → mentions found (the highlighter's own matcher). */
  actors: Map<string, number>;
  /** The article's date (YYYY-MM-DD) when the page states one; never "today". */
  day?: string;
}

/** Whether a page is about one story, and the evidence the decision rests on. */
export interface StoryVerdict {
  id: string;
  about: boolean;
  /** Keywords found, as listed. */
  keywords: string[];
  /** Core actors found (ids). */
  core: string[];
  /** Other actors of the story found (ids): mentioned, but well known beyond it. */
  known: string[];
}

/** An article dated this many days or more before a story began is about something earlier. */
export const DAYS_BEFORE_STORY = 60;
const DAY_MS = 86_400_000;

/**
 * Decides, per story, whether a page is about it (docs/story-rule.md gives the reasons and the
 * cases it was tuned on). A page is about a story when it names
 * - one of the story's keywords and, besides, a core actor or a second keyword; or
 * - two distinct core actors and is dated within the story's period (`from` to `to`, or to the
 *   data's `asOf` while the story goes on), or the story lists no keywords at all;
 *
 * and never when the article's stated date is more than {@link DAYS_BEFORE_STORY} days before
 * the story began. Core actors alone count only in the story's own days because the parties to
 * a summit are the most-reported people on earth: on any other day, Trump and Merz on one page
 * are a trade dispute. Pure: the same evidence gives the same verdicts, in the order of
 * `stories`.
 */
export function decideStories(
  stories: readonly StoryMeta[],
  evidence: PageEvidence,
): StoryVerdict[] {
  return stories.map((story) => verdictOf(story, evidence));
}

function verdictOf(story: StoryMeta, evidence: PageEvidence): StoryVerdict {
  const keywords = [...(evidence.keywords.get(story.id) ?? [])];
  const found = (id: string) => (evidence.actors.get(id) ?? 0) > 0;
  const coreIds = new Set(story.core);
  const core = story.core.filter(found);
  const known = story.actors.filter((id) => !coreIds.has(id) && found(id));
  const byKeywords = keywords.length >= 1 && (core.length >= 1 || keywords.length >= 2);
  const byCore = core.length >= 2 && (duringStory(story, evidence.day) || !hasKeywords(story));
  const about = (byKeywords || byCore) && !tooEarly(story, evidence.day);
  return { id: story.id, about, keywords, core, known };
}

const dayNumber = (day: string | undefined): number =>
  day ? Date.parse(`${day.slice(0, 10)}T00:00:00Z`) : NaN;

/** Whether the article's stated date lies more than the allowed days before the story began. */
function tooEarly(story: StoryMeta, day: string | undefined): boolean {
  return dayNumber(story.period.from) - dayNumber(day) > DAYS_BEFORE_STORY * DAY_MS;
}

/** Whether the article's stated date lies within the story's period (to `asOf` if ongoing). */
function duringStory(story: StoryMeta, day: string | undefined): boolean {
  const stated = dayNumber(day);
  const to = dayNumber(story.period.to ?? story.asOf);
  return stated >= dayNumber(story.period.from) && (Number.isNaN(to) || stated <= to);
}

const hasKeywords = (story: StoryMeta): boolean =>
  Object.values(story.keywords).some((list) => list.some((k) => k.replace('*', '').trim()));
