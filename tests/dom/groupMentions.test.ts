import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../utils/content/card/mentions';
import { groupMentions } from '../../utils/shared/groupMentions';

function mark(actor: string, mention: string): HTMLElement {
  const element = document.createElement('dramatis-mark');
  element.setAttribute('data-dramatis-actor', actor);
  element.setAttribute('data-dramatis-mention', mention);
  return element;
}

describe('groupMentions', () => {
  it('counts a mention split over several marks once, in the order of its first mark', () => {
    const marks = [mark('a', '1'), mark('b', '2'), mark('a', '1'), mark('a', '3')];
    const groups = groupMentions(marks);
    expect(groups.map((g) => [g.actorId, g.marks.length])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ]);
    expect(groups[0]!.marks).toEqual([marks[0], marks[2]]);
  });

  it('keeps two actors apart even under one mention id', () => {
    expect(groupMentions([mark('a', '1'), mark('b', '1')])).toHaveLength(2);
  });
});

describe('stepIndex', () => {
  it('wraps around at both ends', () => {
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(1, 1, 3)).toBe(2);
  });

  it('starts at the first going forward and at the last going back', () => {
    expect(stepIndex(-1, 1, 3)).toBe(0);
    expect(stepIndex(-1, -1, 3)).toBe(2);
  });
});
