import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageHighlight } from '../../utils/content/highlight/highlightPage';
import {
  beforePaint,
  collectWindowErrors,
  marked,
  settle,
  startHighlighting,
} from '../support/pageHighlight';

let page: PageHighlight | undefined;
let errors: unknown[];

/** A paragraph the way a framework renders it: it keeps references to its text nodes. */
function render(...texts: string[]): { p: HTMLParagraphElement; nodes: Text[] } {
  const p = document.createElement('p');
  const nodes = texts.map((text) => document.createTextNode(text));
  p.append(...nodes);
  document.body.append(p);
  return { p, nodes };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  errors = collectWindowErrors();
});

afterEach(() => {
  page?.stop();
  page = undefined;
  vi.useRealTimers();
  expect(errors).toEqual([]);
});

describe('marks that survive a framework', () => {
  it('shows the text the page writes into a split node before the next paint', async () => {
    const { p, nodes } = render('Putin traf Trump in Ankara.');
    page = await startHighlighting();
    expect(marked()).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Trump', 'donald-trump'],
    ]);
    nodes[0]!.data = 'Lavrov blieb fern.';
    await beforePaint();
    expect(p.textContent).toBe('Lavrov blieb fern.');
    expect([...p.childNodes]).toEqual([nodes[0]]);
    await settle();
    expect(marked()).toEqual([['Lavrov', 'sergei-lavrov']]);
    expect(p.textContent).toBe('Lavrov blieb fern.');
  });

  it('lets the page remove a split node by reference, leaving nothing stale behind', async () => {
    const { p, nodes } = render('Vor dem Treffen. ', 'Putin traf Trump.', ' Danach.');
    page = await startHighlighting();
    expect(() => p.removeChild(nodes[1]!)).not.toThrow();
    await beforePaint();
    expect(p.textContent).toBe('Vor dem Treffen.  Danach.');
    expect(nodes[1]!.data).toBe('Putin traf Trump.');
    p.append(nodes[1]!);
    await settle();
    expect(p.textContent).toBe('Vor dem Treffen.  Danach.Putin traf Trump.');
    expect(marked()).toHaveLength(2);
  });

  it('keeps a node the page inserts next to a split node where the page put it', async () => {
    const { p, nodes } = render('Putin und Trump', '.');
    page = await startHighlighting();
    nodes[0]!.after(' sowie Merz');
    await beforePaint();
    expect(p.textContent).toBe('Putin und Trump sowie Merz.');
    await settle();
    expect(marked().map(([text]) => text)).toEqual(['Putin', 'Trump', 'Merz']);
  });

  it('undoes every piece of a name across elements when one of its nodes changes', async () => {
    document.body.innerHTML = '<p><a href="#">Wladimir</a> <b>Putin</b> sagte nichts.</p>';
    const first = document.querySelector('a')!.firstChild as Text;
    page = await startHighlighting();
    expect(marked()).toHaveLength(3);
    first.data = 'Donald';
    await beforePaint();
    expect(document.body.textContent).toBe('Donald Putin sagte nichts.');
    expect(marked()).toEqual([]);
    await settle();
    expect(marked()).toEqual([['Putin', 'vladimir-putin']]);
  });

  it('follows a split node the page moves elsewhere, without its old pieces', async () => {
    const { p, nodes } = render('Trump sagte: ', 'Putin lügt.');
    const other = render('Zitat: ').p;
    page = await startHighlighting();
    other.append(nodes[1]!);
    await beforePaint();
    expect([p.textContent, other.textContent]).toEqual(['Trump sagte: ', 'Zitat: Putin lügt.']);
  });

  it('takes its marks out of a region as soon as it becomes editable', async () => {
    const { p } = render('Putin und Trump');
    page = await startHighlighting();
    p.setAttribute('contenteditable', 'true');
    await beforePaint();
    expect(marked()).toEqual([]);
    expect(p.childNodes).toHaveLength(1);
    p.firstChild!.textContent = 'Putin und Merz';
    await settle();
    expect(marked()).toEqual([]);
  });

  it('gives up on a block the page keeps rewriting whenever we mark it, instead of looping', async () => {
    const { p } = render('Putin und Trump');
    let rewrites = 0;
    new MutationObserver(() => {
      if (!p.querySelector('dramatis-mark')) return;
      rewrites++;
      p.textContent = 'Putin und Trump';
    }).observe(p, { childList: true });
    page = await startHighlighting();
    for (let i = 0; i < 40; i++) await settle();
    const settled = rewrites;
    for (let i = 0; i < 10; i++) await settle();
    expect(rewrites).toBe(settled);
    expect(rewrites).toBeLessThan(20);
    expect(p.textContent).toBe('Putin und Trump');
  });
});
