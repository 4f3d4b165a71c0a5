/**
 * What one page has told the matcher so far: the actors it names in full. Some short names are
 * also common words or brands ("Kellogg's" cornflakes); the data marks them `context:
 * "full-name"`, and they count only for an actor this page names in full ("Keith Kellogg").
 * One context lives as long as the page's highlighter, so a full name in the first paragraph
 * confirms the short name in the last; the highlighter comes back to a text whose short name was
 * held back once it has read the rest of the page, so a headline counts too.
 */
export class PageContext {
  private readonly named = new Set<string>();

  /** Whether the page names this actor in full. */
  has(actorId: string): boolean {
    return this.named.has(actorId);
  }

  /** Notes that the page names this actor in full. */
  add(actorId: string): void {
    this.named.add(actorId);
  }
}
