import { createIsolatedElement } from '@webext-core/isolated-element';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_TAG } from '../highlight/markup';

/** Where the card lives on a page: a shadow root of its own, with a live region beside it. */
export interface CardHost {
  /** The element on the page (`<dramatis-card>`) holding the shadow root. */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Announces the card's actor once to screen readers (`role="status"`). */
  live: HTMLElement;
  /** What Preact renders the card into. */
  root: HTMLElement;
}

/**
 * Adds the card's host to the page: an open shadow root (so page CSS cannot reach the card and
 * our tests can), reset to initial styles, with the card's stylesheet inside. It is what WXT's
 * `createShadowRootUi` does for us, built on the same library (@webext-core/isolated-element)
 * without its mounting options, which the content script ships to every page and we never use
 * (2.4 KB gzipped). The host goes when the content script's context does.
 */
export async function createCardHost(ctx: ContentScriptContext, css: string): Promise<CardHost> {
  const { parentElement, shadow, isolatedElement } = await createIsolatedElement({
    name: CARD_TAG,
    mode: 'open',
    css: { textContent: `:host{all:initial !important;}\n${css}` },
  });
  const live = isolatedElement.appendChild(document.createElement('div'));
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  const root = isolatedElement.appendChild(document.createElement('div'));
  document.body.append(parentElement);
  ctx.onInvalidated(() => parentElement.remove());
  return { shadowHost: parentElement, shadow, live, root };
}
