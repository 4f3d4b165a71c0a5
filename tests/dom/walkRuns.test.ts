import { beforeEach, describe, expect, it } from 'vitest';
import { textRunsOf } from '../../utils/content/highlight/textRunsOf';

/** Reads runs one at a time, letting `between` change the page after the `at`-th one. */
function readWithPause(at: number, between: () => void): string[] {
  const texts: string[] = [];
  let index = 0;
  for (const run of textRunsOf(document.body)) {
    texts.push(run.text);
    if (index++ === at) between();
  }
  return texts;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading a page the page changes while we pause', () => {
  it('goes on after a paragraph the page removed where the walk stood', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p><p id="c">three</p>';
    const texts = readWithPause(0, () => document.getElementById('b')!.remove());
    expect(texts).toEqual(['one', 'three']);
  });

  it('goes on after a text node the page replaced, then into the next block', () => {
    document.body.innerHTML = '<p>one</p><p id="b">two <b>and</b> more</p><p>three</p>';
    const texts = readWithPause(0, () => {
      document.getElementById('b')!.textContent = 'rewritten';
    });
    // The rewritten paragraph is for the page's mutation records to report, not this walk.
    expect(texts).toEqual(['one', 'three']);
  });

  it('climbs to the nearest ancestor still in place', () => {
    document.body.innerHTML =
      '<section><p>one</p><div id="gone"><p>two</p><p>two more</p></div></section><p>three</p>';
    const texts = readWithPause(0, () => document.getElementById('gone')!.remove());
    expect(texts).toEqual(['one', 'three']);
  });

  it('passes over a skipped element that now follows the removed node', () => {
    document.body.innerHTML = '<p>one</p><p id="b">two</p><code>Putin</code><p>three</p>';
    const texts = readWithPause(0, () => document.getElementById('b')!.remove());
    expect(texts).toEqual(['one', 'three']);
  });

  it('reads paragraphs the page inserted ahead of the walk only once', () => {
    document.body.innerHTML = '<p>one</p><p id="b">two</p>';
    const texts = readWithPause(0, () =>
      document.getElementById('b')!.insertAdjacentHTML('afterend', '<p>new</p>'),
    );
    expect(texts).toEqual(['one', 'two', 'new']);
  });

  it('stops when the page removed the whole subtree being read', () => {
    document.body.innerHTML = '<article id="a"><p>one</p><p>two</p></article>';
    const article = document.getElementById('a')!;
    const texts: string[] = [];
    for (const run of textRunsOf(article)) {
      texts.push(run.text);
      article.remove();
    }
    expect(texts).toEqual(['one']);
  });
});
