import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Elements whose text is never read, so it does not make a frame worth starting in. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Whether a text node holds text a reader could see. */
const isReadable = (node: Text): boolean =>
  /\S/.test(node.data) && !NO_TEXT.has(node.parentElement?.localName ?? '');

/**
 * Whether `root` (or the text node it is) holds any text a reader could see, or a component
 * (a custom element, a shadow root) that may hold some; stops at the first.
 */
export function hasText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isReadable(root as Text);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && NO_TEXT.has(node.localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && isReadable(node as Text)) return true;
    // A component's text lives in its shadow root, possibly filled later: worth starting for.
    if (node instanceof Element && (node.shadowRoot || node.localName.includes('-'))) return true;
  }
  return false;
}

/**
 * Resolves once `body` holds text: at once for a page, later for a frame that gets its text
 * after we start, never for one that stays empty (ads, trackers, spacers). Until then a frame
 * costs one MutationObserver and no dataset, card, cast or highlight pass. Resolves false when
 * the content script ends first.
 */
export function whenTextAppears(ctx: ContentScriptContext, body: HTMLElement): Promise<boolean> {
  if (hasText(body)) return Promise.resolve(true);
  return new Promise((resolve) => {
    // Only what each change brought is looked at, so a busy empty frame stays cheap.
    const observer = new MutationObserver((records) => {
      const brought = records.flatMap((r) =>
        r.type === 'childList' ? [...r.addedNodes] : [r.target],
      );
      if (!brought.some(hasText)) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      resolve(false);
    });
  });
}
