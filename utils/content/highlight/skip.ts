import { CARD_TAG, MARK_TAG } from '../../shared/markup';

/** Elements whose text is never highlighted: code, form fields, non-text, and our own UI. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'xmp',
  'listing',
  'plaintext',
  'iframe',
  'noembed',
  'noframes',
  'audio',
  'video',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  CARD_TAG,
]);

/**
 * Whether an element's subtree must be left alone. Editable regions are skipped because
 * wrapping text there disturbs typing, selection and undo (and a textarea's text is its value).
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName) || element.localName === MARK_TAG) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The same test as {@link isSkipped}, as a selector, so the browser can look up a chain at once. */
const SKIPPED_SELECTOR = [...SKIPPED, '[contenteditable]:not([contenteditable="false"])'].join(',');

/**
 * Whether a node lies inside a skipped subtree (checked for nodes added after the first pass),
 * looking through shadow roots to their hosts. `closest` walks each tree's ancestors natively:
 * an update adding 100 paragraphs asks this 100 times.
 */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let parent = parentAcrossShadow(node);
  while (parent) {
    if (parent.closest(SKIPPED_SELECTOR) || parent.closest(MARK_TAG)) return true;
    const root = parent.getRootNode();
    parent = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}
