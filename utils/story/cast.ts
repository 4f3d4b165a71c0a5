/**
 * What the page needs to know about one installed, enabled story (contract 14, section 4).
 * TODO [2026-12-04]: declared here by helper B (the story rule) until helper C's cast module
 * lands; the lead keeps C's file, which declares the same type.
 */
export interface StoryMeta {
  id: string;
  title: { en: string; de: string };
  summary: { en: string; de: string };
  period: { from: string; to?: string };
  /** Language tag → keywords; matched folded at word edges, a trailing `*` matches any ending. */
  keywords: Record<string, string[]>;
  /** Actor ids core to the story (delegations, parties at the table, hosts). */
  core: string[];
  /** Ids of every actor in this story's file. */
  actors: string[];
  version: string;
  asOf: string;
  bundled: boolean;
}
