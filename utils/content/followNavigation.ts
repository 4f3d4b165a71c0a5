import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchNavigation, type NavigatingWindow } from './watchNavigation';
import { whenDomQuiet, type QuietOptions } from './whenDomQuiet';

/** What to do when the document moves to another page without loading one. */
export interface NavigationSteps {
  /** At once: forget the page left behind (its card, its marks, what it named). */
  leave: () => void;
  /** Once the new page's DOM has settled: start on it afresh. */
  arrive: () => void;
}

/**
 * Treats each same-document navigation ({@link watchNavigation}) as a new page: `leave` runs at
 * once, `arrive` once the DOM has settled ({@link whenDomQuiet}). A navigation while the last
 * one is still settling (quick back and forth) cancels the first `arrive`, so each burst arrives
 * once. Nothing is left waiting when the content script's context goes away.
 */
export function followNavigation(
  ctx: ContentScriptContext,
  steps: NavigationSteps,
  win: NavigatingWindow = window,
  quiet?: QuietOptions,
): void {
  let settling: AbortController | undefined;
  ctx.onInvalidated(() => settling?.abort());
  watchNavigation(
    ctx,
    () => {
      settling?.abort();
      const current = (settling = new AbortController());
      steps.leave();
      void whenDomQuiet(win.document.documentElement, current.signal, quiet).then(() => {
        if (!current.signal.aborted && ctx.isValid) steps.arrive();
      });
    },
    win,
  );
}
