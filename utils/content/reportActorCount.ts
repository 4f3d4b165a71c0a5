import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../platform/messages';

/** How long to wait after a highlight pass before reporting, so bursts report once. */
const SETTLE_MS = 250;

/**
 * Returns the function to call whenever a highlight pass ends: it tells the background, for the
 * toolbar badge, how many actors the page names (counted from our own marks), once per burst.
 * It is called by our highlighter, not by watching the performance timeline, where the page can
 * record a `dramatis:highlight` measure of its own. Only the top frame reports; the timer ends
 * with the content script.
 */
export function reportActorCount(ctx: ContentScriptContext, count: () => number): () => void {
  let timer: number | undefined;
  return () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(
      () => void sendMessage('reportActorCount', count()).catch(() => undefined),
      SETTLE_MS,
    );
  };
}
