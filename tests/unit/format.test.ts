import { describe, expect, it } from 'vitest';
import { formatDate } from '../../utils/shared/dates/formatDate';
import { safeHref } from '../../utils/shared/safeHref';

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

describe('safeHref', () => {
  it.each([
    ['https://example.org/news?id=1#top', 'https://example.org/news?id=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.org/A', 'https://example.org/A'],
  ])('accepts %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '/relative/path',
    'relative/path',
    '//example.org/protocol-relative',
    'not a url at all',
    'https//missing-colon',
    '',
    undefined,
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
