import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The window as the watcher sees it: its address and, where the browser has it, `navigation`. */
export type NavigatingWindow = Window & { navigation?: EventTarget };

/** The page a URL names: everything but its `#fragment`, which only points into the page. */
export const pageAddress = (href: string): string => href.split('#')[0] ?? href;

/**
 * Calls `onNavigate` once each time the document moves to another page without loading one:
 * an app's `history.pushState` to a new path or query, or back/forward between such entries
 * (`popstate`). A change of the `#fragment` alone is a jump within the page (a table of
 * contents, a footnote) and is ignored. So is `replaceState` where the browser tells it apart
 * (the Navigation API): news sites rewrite the address as the reader scrolls into the next
 * article of an endless page, whose text the highlighter follows anyway; starting afresh there
 * would make every mark blink. Where only polling can see the address, a replace counts too.
 *
 * Events are only a prompt to look: the address is compared with the last one seen, so an event
 * fired twice, or forged by the page, changes nothing. Where the browser has the Navigation API
 * (Chromium 102+, Firefox 147+), `currententrychange` tells after the new address is in place.
 * WXT's `wxt:locationchange` listens to `navigate` there, which fires before the address changes
 * (and for full page loads too), so it serves only elsewhere (Firefox 140–146), where it polls
 * `location.href` once a second; `popstate` reports back/forward at once. Every listener goes
 * through `ctx`, so it dies with the content script.
 */
export function watchNavigation(
  ctx: ContentScriptContext,
  onNavigate: (address: string) => void,
  win: NavigatingWindow = window,
): void {
  let current = pageAddress(win.location.href);
  const look = (event?: Event) => {
    const address = pageAddress(win.location.href);
    if (address === current || ctx.isInvalid) return;
    current = address;
    if ((event as { navigationType?: string } | undefined)?.navigationType !== 'replace') {
      onNavigate(address);
    }
  };
  const { navigation } = win;
  if (typeof navigation?.addEventListener === 'function') {
    ctx.addEventListener(navigation, 'currententrychange', look);
  } else {
    ctx.addEventListener(win, 'wxt:locationchange', look);
    ctx.addEventListener(win, 'popstate', look);
  }
}
