import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messages';

/** How long to wait after a highlight pass before reporting, so bursts report once. */
const SETTLE_MS = 250;

/**
 * Tells the background how many actors the page names whenever a highlight pass ends (it
 * watches our own `dramatis:highlight` measures), for the toolbar badge. Only the top frame
 * reports; the observer and timer end with the content script.
 */
export function reportActorCount(ctx: ContentScriptContext, count: () => number): () => void {
  let timer: number | undefined;
  const report = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(
      () => void sendMessage('reportActorCount', count()).catch(() => undefined),
      SETTLE_MS,
    );
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('dramatis:highlight').length) report();
  });
  observer.observe({ entryTypes: ['measure'] });
  ctx.onInvalidated(() => observer.disconnect());
  return report;
}
