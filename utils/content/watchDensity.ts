import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyDensity } from '../highlight/applyDensity';
import type { HighlightDensity } from '../storage';

/**
 * Keeps the marks' weights in step with the reader's highlight density: after every highlight
 * pass (it watches our own `dramatis:highlight` measures, so marks added later are weighed in
 * page order with the rest) and whenever the returned function is called (the setting changed).
 * Attributes only; the observer ends with the content script.
 */
export function watchDensity(
  ctx: ContentScriptContext,
  density: () => HighlightDensity,
  root: ParentNode = document,
): () => void {
  const apply = () => applyDensity(root, density());
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('dramatis:highlight').length) apply();
  });
  observer.observe({ entryTypes: ['measure'] });
  ctx.onInvalidated(() => observer.disconnect());
  return apply;
}
