import { describe, expect, it } from 'vitest';
import { groupMentions } from '../../utils/shared/groupMentions';

const mark = (actor: string, mention: number, text: string) =>
  `<dramatis-mark data-dramatis-actor="${actor}" data-dramatis-mention="${mention}">${text}</dramatis-mark>`;

describe('groupMentions', () => {
  it('groups the marks of one mention, in the order of each mention’s first mark', () => {
    document.body.innerHTML = [
      `<p>${mark('putin', 1, 'Putin')} and <a>${mark('trump', 2, 'Donald')}</a>${mark('trump', 2, ' Trump')}</p>`,
      `<p>${mark('putin', 3, 'Putin')}</p>`,
    ].join('');
    const groups = groupMentions(document.querySelectorAll('dramatis-mark'));
    expect(groups.map((g) => g.map((m) => m.textContent))).toEqual([
      ['Putin'],
      ['Donald', ' Trump'],
      ['Putin'],
    ]);
  });

  it('keeps the same mention number of two actors apart', () => {
    document.body.innerHTML = `<p>${mark('putin', 1, 'Putin')} ${mark('trump', 1, 'Trump')}</p>`;
    expect(groupMentions(document.querySelectorAll('dramatis-mark'))).toHaveLength(2);
  });

  it('gives nothing for no marks', () => {
    expect(groupMentions([])).toEqual([]);
  });
});
