import { createIsolatedElement } from '@webext-core/isolated-element';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { freeTagName } from '../highlight/freeTagName';
import { CARD_TAG } from '../../shared/markup';
import { isEditableDocument } from '../highlight/watchEditable';

/** Where the card lives on a page: a shadow root of its own, with a live region beside it. */
export interface CardHost {
  /** The element (`<dramatis-card>`) holding the shadow root; on the page only once a card opens. */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Announces the card's actor once to screen readers (`role="status"`). */
  live: HTMLElement;
  /** What Preact renders the card into. */
  root: HTMLElement;
  /**
   * Puts the host on the page, if it is not there yet: false (and nothing added) in a document
   * the reader is editing, whose editor would save our element with the reader's text.
   */
  attach: () => boolean;
  /** Takes the host off the page (a card that shows nothing leaves no element behind). */
  detach: () => void;
}

/**
 * Makes the card's host: a closed shadow root (page CSS cannot reach the card, and page scripts
 * cannot read it, click its buttons or rewrite it: it may show a reader's private dataset),
 * reset to initial styles, with the card's stylesheet inside. The host's name is ours unless the
 * page defined it first (see freeTagName). It is what WXT's
 * `createShadowRootUi` does for us, built on the same library (@webext-core/isolated-element)
 * without its mounting options, which the content script would ship to every page and we never
 * use (the script's size budget: issue 4, `bench/results.md`). It stays off the page until a card first opens, so a page nobody hovers
 * gets no element of ours, and never enters an editable document; it goes with the content
 * script's context.
 */
export async function createCardHost(ctx: ContentScriptContext, css: string): Promise<CardHost> {
  const { parentElement, shadow, isolatedElement } = await createIsolatedElement({
    name: freeTagName(document, CARD_TAG),
    mode: 'closed',
    css: { textContent: `:host{all:initial !important;}\n${css}` },
  });
  const live = isolatedElement.appendChild(document.createElement('div'));
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  const root = isolatedElement.appendChild(document.createElement('div'));
  const attach = () => {
    if (parentElement.isConnected) return true;
    if (isEditableDocument(document) || !document.body) return false;
    document.body.append(parentElement);
    return true;
  };
  const detach = () => parentElement.remove();
  ctx.onInvalidated(detach);
  return { shadowHost: parentElement, shadow, live, root, attach, detach };
}
