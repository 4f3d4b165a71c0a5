import { describe, expect, it } from 'vitest';
import { pageFirst } from '../../utils/shared/story/pageFirst';

const stories = [{ id: 'istanbul' }, { id: 'alaska' }, { id: 'gaza' }];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('pageFirst', () => {
  it('puts the stories the page is about first, each group in the installed order', () => {
    const page = [
      { id: 'istanbul', about: false },
      { id: 'alaska', about: true },
      { id: 'gaza', about: true },
    ];
    expect(ids(pageFirst(stories, page))).toEqual(['alaska', 'gaza', 'istanbul']);
  });

  it('keeps the installed order on a page about none, or when the page did not say', () => {
    expect(ids(pageFirst(stories, [{ id: 'alaska', about: false }]))).toEqual(ids(stories));
    expect(ids(pageFirst(stories))).toEqual(ids(stories));
  });

  it('ignores a story the page names that is not among the stories', () => {
    expect(ids(pageFirst(stories, [{ id: 'elsewhere', about: true }]))).toEqual(ids(stories));
  });
});
