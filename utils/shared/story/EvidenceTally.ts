import type { Mention } from '../matching/findMentions';
import type { PageEvidence } from './decideStories';
import type { KeywordMatcher } from './keywords';

/**
 * What one read of a page has found so far, for deciding which stories it is about: each
 * story's distinct keywords and each actor's mentions. The reader (the decision read, or the
 * highlighter's own pass when every story is highlighted anyway) hands it each run of text it
 * reads with the mentions it found there, so the page is read once for both.
 */
export class EvidenceTally {
  private readonly keywords = new Map<string, Set<string>>();
  private readonly actors = new Map<string, number>();

  constructor(private readonly matcher: KeywordMatcher) {}

  /** Counts a text's keywords (the page's title, or a run without mentions of its own). */
  addText(text: string): void {
    for (const [story, found] of this.matcher.find(text)) {
      const known = this.keywords.get(story) ?? new Set<string>();
      for (const keyword of found) known.add(keyword);
      this.keywords.set(story, known);
    }
  }

  /** Counts a run of text: its keywords, and the mentions the cast's matcher found in it. */
  add(text: string, mentions: readonly Mention[]): void {
    this.addText(text);
    this.addMentions(mentions);
  }

  /** Counts mentions alone (a run whose keywords were counted when it was first read). */
  addMentions(mentions: readonly Mention[]): void {
    for (const { actorId } of mentions) {
      this.actors.set(actorId, (this.actors.get(actorId) ?? 0) + 1);
    }
  }

  /** The evidence so far, with the article's stated day (never the "today" fallback). */
  evidence(day?: string): PageEvidence {
    return { keywords: this.keywords, actors: this.actors, ...(day ? { day } : {}) };
  }
}
