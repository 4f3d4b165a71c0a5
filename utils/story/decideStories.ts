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
 * cases): it names at least one of the story's keywords and, besides, a core actor or a second
 * keyword; never on actors alone (the parties to a summit are the most-reported people on
 * earth), and never when the article's stated date is more than {@link DAYS_BEFORE_STORY} days
 * before the story began. Pure: the same evidence gives the same verdicts, in the order of
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
  const named = keywords.length >= 1 && (core.length >= 1 || keywords.length >= 2);
  const about = named && !tooEarly(story, evidence.day);
  return { id: story.id, about, keywords, core, known };
}

/** Whether the article's stated date lies more than the allowed days before the story began. */
function tooEarly(story: StoryMeta, day: string | undefined): boolean {
  if (!day) return false;
  const stated = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const from = Date.parse(`${story.period.from}T00:00:00Z`);
  if (Number.isNaN(stated) || Number.isNaN(from)) return false;
  return from - stated > DAYS_BEFORE_STORY * DAY_MS;
}
