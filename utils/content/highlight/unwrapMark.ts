/**
 * Removes one mark and gives its text back to the text node it was split from. mark.js wraps a
 * hit by splitting a text node in three: the original node keeps the text before the hit, the
 * hit moves into the mark, and a new node takes the rest. Joining those three back into the
 * original node restores the page's own node (with its identity) and touches nothing else,
 * unlike `normalize()`, which would also merge text nodes the page keeps apart on purpose.
 */
export function unwrapMark(mark: Element): void {
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const text = mark.textContent ?? '';
  if (before instanceof Text) {
    before.appendData(text);
    if (after instanceof Text) {
      before.appendData(after.data);
      after.remove();
    }
    mark.remove();
  } else {
    mark.replaceWith(document.createTextNode(text));
  }
}
