import type { StoryMeta } from './cast';
import { decideStories, type PageEvidence, type StoryVerdict } from './decideStories';

/**
 * Whose casts a page highlights: only the stories it is about (`about`, the default), or every
 * enabled story's, by the reader's setting (`everywhere`) or for this page only (`anyway`).
 */
export type StoryMode = 'about' | 'everywhere' | 'anyway';

/** What a page shows: as its mode says, or `none` when it is about no story (and not forced). */
export type Highlighting = StoryMode | 'none';

/** What was decided for a page, and what follows for the highlighter. */
export interface PageDecision {
  highlighting: Highlighting;
  /** Per enabled story, in the cast's order: whether the page is about it, and why. */
  verdicts: StoryVerdict[];
  /** The actors to highlight; every actor of the cast when absent (`everywhere`, `anyway`). */
  actors?: ReadonlySet<string>;
}

/**
 * Decides a page from the evidence of its one read: the rule (`decideStories`) gives the
 * verdicts; in the `about` mode the actors highlighted are those of the stories the page is
 * about (an actor of two stories counts if either is), and none at all when it is about none.
 * Pure.
 */
export function decidePage(
  stories: readonly StoryMeta[],
  evidence: PageEvidence,
  mode: StoryMode,
): PageDecision {
  const verdicts = decideStories(stories, evidence);
  if (mode !== 'about') return { highlighting: mode, verdicts };
  const about = new Set(verdicts.filter((v) => v.about).map((v) => v.id));
  const actors = new Set(stories.filter((s) => about.has(s.id)).flatMap((s) => s.actors));
  return { highlighting: about.size ? 'about' : 'none', verdicts, actors };
}
