import { describe, expect, it } from 'vitest';
import { nextIndex } from '../../utils/content/card/nextIndex';

describe('nextIndex', () => {
  it('steps forward and backward inside the list', () => {
    expect(nextIndex(0, 1, 3)).toBe(1);
    expect(nextIndex(2, -1, 3)).toBe(1);
  });

  it('wraps around at both ends', () => {
    expect(nextIndex(2, 1, 3)).toBe(0);
    expect(nextIndex(0, -1, 3)).toBe(2);
    expect(nextIndex(0, 1, 1)).toBe(0);
  });

  it('starts at the first item going forward and at the last going backward from no position', () => {
    expect(nextIndex(-1, 1, 3)).toBe(0);
    expect(nextIndex(-1, -1, 3)).toBe(2);
  });

  it('wraps a position past the end of a list that shrank', () => {
    expect(nextIndex(4, 1, 3)).toBe(2);
  });
});
