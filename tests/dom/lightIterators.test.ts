import Mark from 'mark.js';
import { describe, expect, it } from 'vitest';
import { withLightIterators } from '../../utils/content/highlight/lightIterators';

/** The calls mark.js makes on an iterator, recorded as the nodes (or nulls) they return. */
function walk(iterator: { nextNode(): Node | null; previousNode(): Node | null }) {
  return [
    iterator.previousNode(),
    iterator.nextNode(),
    iterator.previousNode(),
    iterator.nextNode(),
    iterator.nextNode(),
    iterator.previousNode(),
    iterator.previousNode(),
  ];
}

describe('withLightIterators', () => {
  // Compared with the DOM standard's NodeIterator traversal, not happy-dom's, which differs.
  it('walks a text root as the DOM standard says a NodeIterator does', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const text = document.querySelector('p')!.firstChild!;
    const light = (show: number, filter: NodeFilter | null) =>
      withLightIterators(document, () => walk(document.createNodeIterator(text, show, filter)));
    expect(light(NodeFilter.SHOW_TEXT, null)).toEqual([null, text, text, text, null, text, null]);
    expect(light(NodeFilter.SHOW_ELEMENT, null)).toEqual(Array(7).fill(null));
    const reject = { acceptNode: () => NodeFilter.FILTER_REJECT };
    expect(light(NodeFilter.SHOW_TEXT, reject)).toEqual(Array(7).fill(null));
  });

  it('hands out real iterators for element roots, and restores the document afterwards', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const inside = withLightIterators(document, () =>
      document.createNodeIterator(document.body, NodeFilter.SHOW_TEXT),
    );
    expect(inside).toBeInstanceOf(NodeIterator);
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
    expect(() =>
      withLightIterators(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
  });

  it('lets mark.js wrap ranges across several text-node contexts as before', () => {
    document.body.innerHTML = '<p><a>Wladimir</a> <b>Putin</b> sagte</p>';
    const p = document.querySelector('p')!;
    const nodes = [
      p.querySelector('a')!.firstChild!,
      p.childNodes[1]!,
      p.querySelector('b')!.firstChild!,
    ];
    withLightIterators(document, () =>
      new Mark(nodes as unknown as HTMLElement[]).markRanges([{ start: 0, length: 14 }], {
        element: 'dramatis-mark',
      }),
    );
    expect([...p.querySelectorAll('dramatis-mark')].map((m) => m.textContent)).toEqual([
      'Wladimir',
      ' ',
      'Putin',
    ]);
  });
});
