import type { CompiledCast } from '../../shared/matching/compile';
import { scanMentions } from '../../shared/matching/findMentions';
import { PageContext } from '../../shared/matching/PageContext';
import type { EvidenceTally } from '../../shared/story/EvidenceTally';
import { textRunsOf } from './textRunsOf';
import { SliceClock } from './SliceClock';

/**
 * The decision read: reads the text under `root` once, as the highlighter would (the same walk
 * and skip rules: no form fields, editable regions, scripts, code or our UI; open shadow roots
 * included) and with the same matcher, and tells `tally` each run's keywords and mentions.
 * It writes nothing to the page (no element, attribute or style; shadow roots are read, not
 * styled) and observes nothing, so a page about no story is left exactly as it was. Work is cut
 * into short slices like a highlight pass; it stops early when `signal` aborts. A run whose
 * short name waited for the actor's full name is counted once the whole page is read, as the
 * highlighter does.
 */
export async function readEvidence(
  root: Node,
  cast: CompiledCast,
  tally: EvidenceTally,
  signal?: AbortSignal,
): Promise<void> {
  const page = new PageContext();
  const waiting: string[] = [];
  const clock = new SliceClock();
  for (const run of textRunsOf(root)) {
    if (signal?.aborted) return;
    const { mentions, withheld } = scanMentions(cast, run.text, page);
    tally.addText(run.text);
    if (withheld) waiting.push(run.text);
    else tally.addMentions(mentions);
    if (clock.due()) await clock.yield();
  }
  for (const text of waiting) tally.addMentions(scanMentions(cast, text, page).mentions);
}
