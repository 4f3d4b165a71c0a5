import type { CompiledCast } from './compile';
import { findMentions } from './findMentions';

/**
 * What one page has told the matcher so far: the actors it names in full. Some short names are
 * also common words or brands ("Kellogg's" cornflakes); the data marks them `context:
 * "full-name"`, and they count only for an actor this page names in full ("Keith Kellogg").
 * One context lives as long as the page's highlighter, so a full name in the first paragraph
 * confirms the short name in the last.
 */
export class PageContext {
  private readonly named = new Set<string>();

  constructor(private readonly cast: CompiledCast) {}

  /**
   * Reads a text ahead of highlighting it and notes the full names it contains, so a short
   * name above them on the page (a headline) counts too. Cheap: only the full names of actors
   * with conditional names are searched.
   */
  read(text: string): void {
    if (!this.cast.confirmers) return;
    for (const mention of findMentions(this.cast.confirmers, text)) this.named.add(mention.actorId);
  }

  /** Whether the page names this actor in full. */
  has(actorId: string): boolean {
    return this.named.has(actorId);
  }

  /** Notes that the page names this actor in full. */
  add(actorId: string): void {
    this.named.add(actorId);
  }
}
