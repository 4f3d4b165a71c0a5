import { describe, expect, it } from 'vitest';
import { roleOn } from '../../utils/shared/dates/roleOn';
import { overlaps } from '../../utils/shared/dates/period';
import { nearestFirst, nearestIndex } from '../../utils/shared/dates/nearest';

const defence = { en: 'Defence minister', de: 'V', from: '2023-09', to: '2025-07-17' };
const council = { en: 'NSDC secretary', de: 'S', from: '2025-07-18' };
const umerov = [council, defence]; // listed out of order on purpose

describe('roleOn', () => {
  it('before the first role: the first, with its start, and the latest as "later"', () => {
    expect(roleOn(umerov, '2023-08-31')).toEqual({
      role: defence,
      status: 'before',
      later: council,
    });
  });

  it('during a role: that role, and the one taken later', () => {
    expect(roleOn(umerov, '2023-09-01')).toEqual({ role: defence, status: 'held', later: council });
    expect(roleOn(umerov, '2025-07-17')).toEqual({ role: defence, status: 'held', later: council });
  });

  it('during the open-ended latest role: that role, nothing later', () => {
    expect(roleOn(umerov, '2025-07-18')).toEqual({ role: council, status: 'held' });
    expect(roleOn(umerov, '2030-01-01')).toEqual({ role: council, status: 'held' });
  });

  it('after a role ended, with none held: the ended one, with its end', () => {
    const chancellor = { en: 'Chancellor', de: 'K', from: '2021-12-08', to: '2025-05-06' };
    expect(roleOn([chancellor], '2025-06-01')).toEqual({ role: chancellor, status: 'after' });
  });

  it('in a gap between roles: the one that ended, and the next as "later"', () => {
    const first = { en: 'A', de: 'A', from: '2020-01-01', to: '2020-12-31' };
    const second = { en: 'B', de: 'B', from: '2022-01-01' };
    expect(roleOn([first, second], '2021-06-01')).toEqual({
      role: first,
      status: 'after',
      later: second,
    });
  });

  it('a role without dates holds on every day; no roles give nothing', () => {
    const president: { en: string; de: string; from?: string } = { en: 'President', de: 'P' };
    expect(roleOn([president], '1999-01-01')).toEqual({ role: president, status: 'held' });
    expect(roleOn([], '2025-01-01')).toBeUndefined();
  });

  it('reads a month as the whole month', () => {
    const month = { en: 'M', de: 'M', from: '2025-07', to: '2025-07' };
    expect(roleOn([month], '2025-07-01')?.status).toBe('held');
    expect(roleOn([month], '2025-07-31')?.status).toBe('held');
    expect(roleOn([month], '2025-08-01')?.status).toBe('after');
    expect(roleOn([month], '2025-06-30')?.status).toBe('before');
  });
});

describe('overlaps', () => {
  it('treats ends as inclusive and open ends as unbounded', () => {
    expect(overlaps(defence, council)).toBe(false);
    expect(overlaps(defence, { from: '2025-07-17' })).toBe(true);
    expect(overlaps({}, { to: '1900-01-01' })).toBe(true);
    expect(overlaps({ from: '2025-07' }, { to: '2025-07-01' })).toBe(true);
  });
});

describe('nearestFirst and nearestIndex', () => {
  const dates = ['2025-05-16', '2025-06-02', '2025-07-23'];
  it('orders by distance to the day, equals in their own order', () => {
    expect(nearestFirst(dates, (d) => d, '2025-07-01')).toEqual([
      '2025-07-23',
      '2025-06-02',
      '2025-05-16',
    ]);
    expect(nearestIndex(dates, (d) => d, '2025-05-20')).toBe(0);
    expect(nearestIndex(dates, (d) => d, '2026-01-01')).toBe(2);
    expect(nearestIndex([], (d: string) => d, '2026-01-01')).toBe(-1);
  });
});
