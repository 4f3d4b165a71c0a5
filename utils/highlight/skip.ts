import { CARD_TAG, MARK_TAG } from './markup';

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
  MARK_TAG,
  CARD_TAG,
]);

/**
 * Whether an element's subtree must be left alone. Editable regions are skipped because
 * wrapping text there disturbs typing, selection and undo (and a textarea's text is its value).
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether a node lies inside a skipped subtree (checked for nodes added after the first pass),
 * looking through shadow roots to their hosts.
 */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let el = parentAcrossShadow(node); el; el = parentAcrossShadow(el)) {
    if (isSkipped(el)) return true;
  }
  return false;
}

function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}
