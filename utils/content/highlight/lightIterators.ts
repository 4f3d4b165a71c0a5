type Filter = NodeFilter | ((node: Node) => number) | null | undefined;

const accepts = (filter: Filter, node: Node): boolean => {
  if (!filter) return true;
  const verdict = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
  return verdict === NodeFilter.FILTER_ACCEPT;
};

/**
 * What `document.createNodeIterator(text, …)` returns for a root that is a single text node,
 * as a plain object: it yields that node (if shown and accepted) with NodeIterator's exact
 * next/previous semantics, but is not registered with the document.
 */
function singleNodeIterator(root: Node, whatToShow: number, filter: Filter) {
  const shown = (whatToShow & NodeFilter.SHOW_TEXT) !== 0 && accepts(filter, root);
  let beforeReference = true;
  return {
    root,
    nextNode(): Node | null {
      if (!beforeReference || !shown) return null;
      beforeReference = false;
      return root;
    },
    previousNode(): Node | null {
      if (beforeReference || !shown) return null;
      beforeReference = true;
      return root;
    },
  };
}

/**
 * Runs `fn` (a mark.js call) with light node iterators. mark.js walks each of its contexts with
 * `document.createNodeIterator`; live NodeIterators stay registered with the document until
 * garbage collection, and every node removal visits each of them, so after many mark.js calls
 * wrapping one name costs time in proportion to all iterators ever made (the measurement is in
 * commit b346e2c; the pass's cost today is in `bench/results.md`). Our contexts are single text
 * nodes, so for those the iterator is replaced by an unregistered equivalent; any
 * other root gets the real one. Only this script's own view of `document` is patched (content
 * scripts run in an isolated world), and only while `fn` runs.
 */
export function withLightIterators<T>(doc: Document, fn: () => T): T {
  const real = Document.prototype.createNodeIterator;
  const patched = (root: Node, whatToShow = NodeFilter.SHOW_ALL, filter?: Filter) =>
    root.nodeType === Node.TEXT_NODE
      ? singleNodeIterator(root, whatToShow, filter)
      : real.call(doc, root, whatToShow, filter as NodeFilter | null);
  Object.defineProperty(doc, 'createNodeIterator', { value: patched, configurable: true });
  try {
    return fn();
  } finally {
    delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}
