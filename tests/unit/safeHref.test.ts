import { describe, expect, it } from 'vitest';
import { safeHref } from '../../utils/shared/safeHref';

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
