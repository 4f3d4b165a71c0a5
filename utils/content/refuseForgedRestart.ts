import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Keeps the page from switching Dramatis off. WXT stops an old content script when a newer copy
 * announces itself with a DOM event on `document`, and a page can dispatch that event too (its
 * name is only the extension id, which is public). A genuine newer copy only exists once this
 * copy's extension context is gone (update, reload), so while `browser.runtime.id` is still
 * set, the announcement is forged: it is stopped, in the capture phase, before WXT hears it.
 */
export function refuseForgedRestart(): void {
  // WXT marks the event name private; it is a plain static string at run time.
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as Record<string, string>;
  if (!SCRIPT_STARTED_MESSAGE_TYPE) return;
  window.addEventListener(
    SCRIPT_STARTED_MESSAGE_TYPE,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    true,
  );
}
