import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often a content script checks that its extension is still there, in milliseconds. */
export const LIFE_CHECK_MS = 2_000;

/**
 * Notices, within {@link LIFE_CHECK_MS}, that the extension was updated, reloaded or disabled
 * while this page stayed open. Chrome leaves the old content script running with no extension
 * behind it, and WXT only notices when asked (`ctx.isInvalid` reads `runtime.id`); until then
 * the old script would keep its observer, timers, card and marks on the page. A timer made
 * through `ctx` asks on each tick, and once the answer is no, WXT runs every `onInvalidated`
 * handler: the marks are cleared, the card removed, every listener and timer (this one too)
 * stopped. The tick itself does nothing else.
 */
export function watchExtensionLife(ctx: ContentScriptContext): void {
  ctx.setInterval(() => undefined, LIFE_CHECK_MS);
}
