import { servedDataset } from '../support/servedDataset';
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, type HighlighterOptions } from '../../utils/content/highlight/Highlighter';
import { compileCast } from '../../utils/shared/matching/compile';

const dataset = servedDataset();
const categoryOf = new Map(dataset.actors.map((a) => [a.id, a.category]));

function highlighter(hidden: string[] = [], options: Partial<HighlighterOptions> = {}) {
  return new Highlighter({
    cast: compileCast(dataset.actors),
    categoryOf: (id) => categoryOf.get(id) ?? '',
    colorOf: () => '#d62828',
    hiddenCategories: new Set(hidden),
    ...options,
  });
}

const marks = () => [...document.querySelectorAll<HTMLElement>('dramatis-mark')];
const marked = () => marks().map((m) => [m.textContent, m.dataset.dramatisActor]);

beforeEach(() => {
  document.body.innerHTML = '';
  performance.clearMeasures();
});

describe('Highlighter', () => {
  it('wraps each mention in a dramatis-mark carrying actor and category ids', async () => {
    document.body.innerHTML =
      '<p>Vladimir Putinhat einen Vorschlag von abgelehntVolodymyr Zelenskyyfür.</p>';
    const stats = await highlighter().highlight([document.body]);
    expect(marked()).toEqual([
      ['Vladimir Putin', 'vladimir-putin'],
      ['Volodymyr Zelenskyy', 'volodymyr-zelenskyy'],
    ]);
    expect(marks().map((m) => m.dataset.dramatisCategory)).toEqual(['russia', 'ukraine']);
    expect(stats).toEqual({ marks: 2, textNodes: 1 });
    expect(document.body.textContent).toBe(
      'Vladimir Putinhat einen Vorschlag von abgelehntVolodymyr Zelenskyyfür.',
    );
  });

  it('finds a name split across elements as one mention, marked piece by piece', async () => {
    document.body.innerHTML = '<p><a href="#">Wladimir</a> <b>Putin</b> sagte nichts.</p>';
    await highlighter().highlight([document.body]);
    expect(marked()).toEqual([
      ['Wladimir', 'vladimir-putin'],
      [' ', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
    ]);
    expect(new Set(marks().map((m) => m.dataset.dramatisMention)).size).toBe(1);
    expect(document.querySelector('a')?.textContent).toBe('Wladimir');
  });

  it('leaves form fields, code, scripts, styles and editable regions alone', async () => {
    document.body.innerHTML = `
      <input value="Putin"><textarea>Putin</textarea><pre>Putin</pre><code>Putin</code>
      <script>var putin = "Putin";</script><style>.Putin{}</style>
      <div contenteditable="true"><p>Putin</p></div><dramatis-card>Putin</dramatis-card>
      <p>Trump</p>`;
    const before = document.body.innerHTML;
    await highlighter().highlight([document.body]);
    expect(marked()).toEqual([['Trump', 'donald-trump']]);
    expect(document.querySelector('textarea')?.value).toBe('Putin');
    highlighter().clear(document.body);
    expect(document.body.innerHTML).toBe(before);
  });

  it('restores the page exactly when the highlights are cleared', async () => {
    document.body.innerHTML =
      '<article><h1>Putin’s offer</h1><p>Nach demKremlDer <i>Präsident</i> Trump, Putins Adresse.</p></article>';
    const before = document.body.innerHTML;
    const h = highlighter();
    await h.highlight([document.body]);
    expect(marks().length).toBe(4);
    h.clear(document.body);
    expect(marks().length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('gives the page back its own text nodes, and merges none the page kept apart', async () => {
    const p = document.createElement('p');
    p.append('Putin traf Trump in Ankara. ', 'Lavrov blieb fern.');
    document.body.append(p);
    const [first, second] = [...p.childNodes];
    const h = highlighter();
    await h.highlight([document.body]);
    expect(marks().length).toBe(3);
    h.clear(document.body);
    expect([...p.childNodes]).toEqual([first, second]);
    expect([first?.textContent, second?.textContent]).toEqual([
      'Putin traf Trump in Ankara. ',
      'Lavrov blieb fern.',
    ]);
  });

  it('does not mark a mention twice when a subtree is highlighted again', async () => {
    document.body.innerHTML = '<p>Trump und Putin</p>';
    const h = highlighter();
    await h.highlight([document.body]);
    await h.highlight([document.body]);
    expect(marked()).toEqual([
      ['Trump', 'donald-trump'],
      ['Putin', 'vladimir-putin'],
    ]);
  });

  it('hides and shows a category by attribute, without touching the text', async () => {
    document.body.innerHTML = '<p>Trump und Putin</p>';
    const h = highlighter(['russia']);
    await h.highlight([document.body]);
    const hidden = () => marks().filter((m) => m.hasAttribute('data-dramatis-hidden'));
    expect(hidden().map((m) => m.textContent)).toEqual(['Putin']);
    h.setHiddenCategories(new Set(['united-states']), document);
    expect(hidden().map((m) => m.textContent)).toEqual(['Trump']);
    h.setHiddenCategories(new Set(), document);
    expect(hidden()).toEqual([]);
    expect(marks().length).toBe(2);
  });

  it('records a dramatis:highlight measure with the pass figures', async () => {
    document.body.innerHTML = '<p>Trump</p><p>nothing here</p>';
    await highlighter().highlight([document.body]);
    const [measure] = performance.getEntriesByName('dramatis:highlight') as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ marks: 1, textNodes: 2 });
  });

  it('marks the reader’s highlight style on each mark', async () => {
    document.body.innerHTML = '<p>Trump und Putin</p>';
    await highlighter([], { style: 'underline' }).highlight([document.body]);
    expect(marks().map((m) => m.dataset.dramatisStyle)).toEqual(['underline', 'underline']);
  });

  it('highlights inside open shadow roots, reports each one, and cannot see closed ones', async () => {
    document.body.innerHTML = '<section id="open"></section><section id="closed"></section>';
    const open = document.querySelector('#open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Putin</p><div id="inner"></div>';
    open.querySelector('#inner')!.attachShadow({ mode: 'open' }).innerHTML = '<b>Trump</b>';
    const closed = document.querySelector('#closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Lavrov</p>';
    const seen: ShadowRoot[] = [];
    const h = highlighter([], { onShadowRoot: (root) => seen.push(root) });
    await h.highlight([document.body]);
    expect(seen).toHaveLength(2);
    expect(seen.map((root) => root.querySelector('dramatis-mark')?.textContent)).toEqual([
      'Putin',
      'Trump',
    ]);
    expect(closed.querySelector('dramatis-mark')).toBeNull();
    h.clear(document.body);
    expect(open.innerHTML).toBe('<p>Putin</p><div id="inner"></div>');
  });

  it('reads a line whole when one of its nodes is highlighted again', async () => {
    document.body.innerHTML = '<p>PutinsGRU</p>';
    const h = highlighter();
    await h.highlight([document.body]);
    const before = document.body.innerHTML;
    const rest = document.querySelector('dramatis-mark')!.nextSibling!;
    await h.highlight([rest]);
    expect(document.body.innerHTML).toBe(before);
  });
  it('marks the blocks given first before the rest, and reads each text once', async () => {
    document.body.innerHTML = '<p id="top">Putin spoke.</p><p id="seen">Then Trump spoke.</p>';
    const stats = await highlighter().highlight(
      [document.body],
      [document.getElementById('seen')!],
    );
    expect(stats).toEqual({ marks: 2, textNodes: 2 });
    const mention = (id: string) =>
      Number(document.querySelector(`#${id} dramatis-mark`)!.getAttribute('data-dramatis-mention'));
    expect(mention('seen')).toBeLessThan(mention('top'));
  });

  it('comes back to a headline whose short name the text below names in full', async () => {
    document.body.innerHTML = "<h1>Kellogg's plan</h1><p>Keith Kellogg presented it.</p>";
    await highlighter().highlight([document.body]);
    expect(marked()).toEqual([
      ["Kellogg's", 'keith-kellogg'],
      ['Keith Kellogg', 'keith-kellogg'],
    ]);
  });

  it('hands the page its turn between slices of a long pass', async () => {
    document.body.innerHTML = '<p>Wladimir Putin traf Donald Trump.</p>'.repeat(2_000);
    const turns: string[] = [];
    setTimeout(() => turns.push('page'), 0);
    const stats = await highlighter().highlight([document.body]);
    turns.push('pass done');
    expect(turns).toEqual(['page', 'pass done']);
    expect(stats.marks).toBe(4_000);
  });
});
