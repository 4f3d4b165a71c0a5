import type { CompiledCast } from '../../shared/matching/compile';
import type { StoryMeta } from '../../shared/story/cast';
import { decidePage, type PageDecision, type StoryMode } from '../../shared/story/decidePage';
import { EvidenceTally } from '../../shared/story/EvidenceTally';
import { compileKeywords, type KeywordMatcher } from '../../shared/story/keywords';
import { readEvidence } from './readEvidence';
import { isEditableDocument } from './watchEditable';

/** Which stories' casts a page highlights, and whom to tell what was decided. */
export interface StoryChoice {
  /** The enabled stories, whose casts the dataset holds. */
  stories: readonly StoryMeta[];
  mode: StoryMode;
  /** The article's date when the page states one (not "today"): an older page is not about it. */
  day?: string;
  /** Told once the page is decided, before anything is written to it. */
  onDecided?: (decision: PageDecision) => void;
}

/** The stories' keywords compiled in this content script, by story list (as the cast is). */
const keywordMatchers = new WeakMap<readonly StoryMeta[], KeywordMatcher>();

/**
 * A tally for the stories' evidence on this page, the page's title already counted (a headline
 * in the title alone says what the page is about). The keywords compile once per story list.
 */
export function storyTally(stories: readonly StoryMeta[], doc: Document): EvidenceTally {
  let matcher = keywordMatchers.get(stories);
  if (!matcher) keywordMatchers.set(stories, (matcher = compileKeywords(stories)));
  const tally = new EvidenceTally(matcher);
  tally.addText(doc.title);
  return tally;
}

/**
 * Decides, in the `about` mode, which stories the page under `body` is about: one read that
 * writes nothing (readEvidence; a document being edited is not read), then the rule. Records a
 * `dramatis:decide` measure with the stories found. Undefined when `signal` aborted meanwhile.
 */
export async function decideByReading(
  body: HTMLElement,
  cast: CompiledCast,
  { stories, day }: StoryChoice,
  signal: AbortSignal,
): Promise<PageDecision | undefined> {
  const start = performance.now();
  const tally = storyTally(stories, body.ownerDocument);
  if (!isEditableDocument(body.ownerDocument)) await readEvidence(body, cast, tally, signal);
  if (signal.aborted) return undefined;
  const decision = decidePage(stories, tally.evidence(day), 'about');
  const about = decision.verdicts.filter((v) => v.about).map((v) => v.id);
  performance.measure('dramatis:decide', { start, end: performance.now(), detail: { about } });
  return decision;
}
