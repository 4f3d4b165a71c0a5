import { afterEach, describe, expect, it } from 'vitest';
// freeTagName needs a browser's `:defined` (happy-dom has none): see pageSteering.test.ts.
import { hasText } from '../../utils/content/whenTextAppears';
import { MutationQueue } from '../../utils/content/highlight/MutationQueue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hasText', () => {
  it('finds readable text and ignores scripts, styles and whitespace', () => {
    document.body.innerHTML = '<div> </div><script>var a = 1;</script><style>p{}</style>';
    expect(hasText(document.body)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Putin</p>');
    expect(hasText(document.body)).toBe(true);
  });

  it('counts a component (custom element) as possibly holding text', () => {
    document.body.innerHTML = '<news-story></news-story>';
    expect(hasText(document.body)).toBe(true);
  });
});

describe('MutationQueue with a brake', () => {
  it('repairs but highlights nothing while held, and the whole root once let go', async () => {
    let pause = 50;
    const batches: Node[][] = [];
    const repaired: number[] = [];
    const queue = new MutationQueue(
      document.body,
      (roots) => batches.push(roots),
      (records) => {
        repaired.push(records.length);
        return records.flatMap((r) => [...r.addedNodes]);
      },
      { pauseLeft: () => pause, isRetired: () => false },
    );
    queue.start();
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(repaired.length).toBe(1);
    expect(batches).toEqual([]);
    pause = 0;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(batches).toEqual([[document.body]]);
    pause = Infinity;
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(batches).toHaveLength(1);
    queue.disconnect();
  });
});
