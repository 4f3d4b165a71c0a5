import type { ExtensionBrowser } from './chromium';

/**
 * Switches on the reader's setting "Highlight on every page" (`sync:highlightEverywhere`) from
 * the extension's worker, so every page gets the whole cast, story or not: for suites that test
 * the highlighter itself on pages written for it (hostile pages, frames, editors), not which
 * story a page is about. Run it before the suite opens its pages.
 */
export async function highlightEverywhere(browser: ExtensionBrowser): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker to write the setting from');
  await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { sync: { set(v: object): Promise<void> } } };
      }
    ).chrome.storage.sync.set({ highlightEverywhere: true }),
  );
}
