import { beforeEach, describe, expect, it } from 'vitest';
import { applyDensity, weights } from '../../utils/content/highlight/applyDensity';

const mark = (actor: string, mention: number, text: string) =>
  `<dramatis-mark data-dramatis-actor="${actor}" data-dramatis-category="x" data-dramatis-mention="${mention}">${text}</dramatis-mark>`;

beforeEach(() => {
  document.body.innerHTML = [
    `<h1>${mark('putin', 1, 'Putin')} meets ${mark('trump', 2, 'Trump')}</h1>`,
    `<p>${mark('putin', 3, 'Putin')} said, and ${mark('putin', 4, 'Putin')} <b>${mark('putin', 5, 'Wla')}</b>${mark('putin', 5, 'dimir Putin')} again.</p>`,
    `<p>Then ${mark('trump', 6, 'Trump')}.</p>`,
  ].join('');
});

const repeats = () =>
  [...document.querySelectorAll('dramatis-mark')].map((m) =>
    m.getAttribute('data-dramatis-repeat'),
  );

describe('weights', () => {
  const page = [
    { actor: 'a', block: 1 },
    { actor: 'a', block: 1 },
    { actor: 'b', block: 1 },
    { actor: 'a', block: 2 },
  ];
  it('calm: the first of each actor per paragraph in full, later ones there lighter', () => {
    expect(weights(page, 'calm')).toEqual([null, 'light', null, null]);
  });
  it('first: only the first on the page in full', () => {
    expect(weights(page, 'first')).toEqual([null, 'plain', null, 'plain']);
  });
  it('every: all in full', () => {
    expect(weights(page, 'every')).toEqual([null, null, null, null]);
  });
});

describe('applyDensity', () => {
  it('weighs the pieces of one mention alike, per paragraph, in page order', () => {
    applyDensity(document, 'calm');
    expect(repeats()).toEqual([null, null, null, 'light', 'light', 'light', null]);
    applyDensity(document, 'first');
    expect(repeats()).toEqual([null, null, 'plain', 'plain', 'plain', 'plain', 'plain']);
  });

  it('changes attributes only: the page keeps its nodes and text', () => {
    const before = document.body.innerHTML.replace(/ data-dramatis-repeat="\w+"/g, '');
    const nodes = [...document.body.querySelectorAll('*')];
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    for (const density of ['calm', 'first', 'every', 'calm'] as const)
      applyDensity(document, density);
    observer.disconnect();
    expect(records.concat(observer.takeRecords())).toEqual([]);
    expect([...document.body.querySelectorAll('*')]).toEqual(nodes);
    applyDensity(document, 'every');
    expect(document.body.innerHTML).toBe(before);
  });
});
