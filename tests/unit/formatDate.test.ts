import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../utils/shared/dates/formatDate';

describe('formatDate', () => {
  it.each([
    ['2025-05-14', 'en', 'May 14, 2025'],
    ['2025-05-14', 'de', '14. Mai 2025'],
    ['2025-05', 'en', 'May 2025'],
    ['2025-05', 'de', 'Mai 2025'],
    ['2025-01-01', 'en', 'January 1, 2025'],
    ['2024-12-31', 'de', '31. Dezember 2024'],
  ])('formats %s in %s as %j', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });

  it('never invents a day for a month-only date', () => {
    expect(formatDate('2025-05', 'en')).not.toMatch(/\d{1,2},/);
    expect(formatDate('2025-05', 'de')).not.toMatch(/\d{1,2}\./);
  });
});

describe('formatTime', () => {
  // A moment of the reader's own clock, so the expectation holds in any time zone.
  const at = new Date(2025, 10, 25, 14, 2).getTime();

  it.each([
    ['en', /^Nov 25, 2025, 2:02\sPM$/],
    ['de', /^25\.11\.2025, 14:02$/],
  ])('formats a moment in %s, to the minute', (locale, expected) => {
    expect(formatTime(at, locale)).toMatch(expected);
  });
});
