import { browser } from 'wxt/browser';
import { askTab } from '../../platform/askTab';

/**
 * What the popup asks of its tab and the browser. With no tab (`tabId` undefined) there is no
 * one to ask: revealing does nothing and highlighting anyway fails. A tab that does not answer
 * is not an error the reader can act on, so it is swallowed. `readPage` asks the tab again for
 * what it highlights; `close` closes the popup (the page's `window.close`).
 */
export function tabActions(
  tabId: number | undefined,
  readPage: () => Promise<void>,
  close: () => void = () => window.close(),
) {
  return {
    /** Scrolls the tab to the actor's next mention and opens its card there. */
    onReveal: (actorId: string) => {
      if (tabId === undefined) return;
      void askTab('revealActor', actorId, tabId).catch(() => undefined);
    },
    /** The tab highlights, then the popup shows what it found there; false if it could not. */
    onHighlightAnyway: async () => {
      if (tabId === undefined) return false;
      const done = await askTab('highlightAnyway', undefined, tabId).catch(() => undefined);
      if (done?.ok) await readPage();
      return done?.ok ?? false;
    },
    /** Opens the options page, then closes the popup (which would otherwise stay over it). */
    onOpenOptions: () => void browser.runtime.openOptionsPage().then(() => close()),
  };
}
