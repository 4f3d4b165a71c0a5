import { MARK_TAG } from '../../shared/markup';

/** Elements that flow inside a line of text: a name may run across them ("<a>Wladimir</a> Putin"). */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
]);

/** Whether an element flows inside a line of text rather than starting a block of its own. */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName) || element.localName === MARK_TAG;
}

/** The element a node reads as part of: the nearest non-inline element holding it (or itself). */
export function blockOf(node: Node): Element | null {
  let el = node instanceof Element ? node : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}
