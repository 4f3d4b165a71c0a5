import { describe, expect, it } from 'vitest';
import { dayOf, readArticleDate } from '../../utils/content/articleDate';
import { localToday } from '../../utils/shared/dates/localToday';

const TODAY = '2026-01-02';
const read = (head: string, body = '') => {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  return readArticleDate(doc, TODAY);
};
const jsonLd = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readArticleDate', () => {
  it('reads article:published_time, as property or name', () => {
    expect(read('<meta property="article:published_time" content="2025-07-23T10:00:00Z">')).toEqual(
      { day: '2025-07-23', from: 'meta' },
    );
    expect(read('<meta name="article:published_time" content="2025-05-16">').day).toBe(
      '2025-05-16',
    );
  });

  it('reads datePublished from JSON-LD, in an object, an array and an @graph', () => {
    expect(
      read(jsonLd({ '@type': 'NewsArticle', datePublished: '2025-06-02T08:00:00+03:00' })),
    ).toEqual({ day: '2025-06-02', from: 'json-ld' });
    expect(read(jsonLd([{ '@type': 'Organization' }, { datePublished: '2025-06-03' }])).day).toBe(
      '2025-06-03',
    );
    expect(
      read(jsonLd({ '@graph': [{ '@type': 'WebPage' }, { datePublished: '2025-06-04' }] })).day,
    ).toBe('2025-06-04');
  });

  it('reads microdata: a meta content, a time datetime', () => {
    expect(
      read('', '<article itemscope><meta itemprop="datePublished" content="2025-07-01"></article>'),
    ).toEqual({ day: '2025-07-01', from: 'meta' });
    expect(
      read(
        '',
        '<article itemscope><time itemprop="datePublished" datetime="2025-07-02">2 July</time></article>',
      ),
    ).toEqual({ day: '2025-07-02', from: 'microdata' });
  });

  it('falls back to a <time datetime> in the article’s header, not one elsewhere', () => {
    const body =
      '<header><time datetime="2026-01-01">today</time></header>' +
      '<article><header><h1>T</h1><time datetime="2025-05-16T09:00">16 May</time></header></article>';
    expect(read('', body)).toEqual({ day: '2025-05-16', from: 'time' });
    expect(read('', '<p><time datetime="2025-05-16">x</time></p>')).toEqual({
      day: TODAY,
      from: 'today',
    });
  });

  it('takes the day as the page states it, whatever the time zone', () => {
    const late = '<meta property="article:published_time" content="2025-07-23T23:30:00-04:00">';
    const early = '<meta property="article:published_time" content="2025-07-23T00:15:00+14:00">';
    expect(read(late).day).toBe('2025-07-23');
    expect(read(early).day).toBe('2025-07-23');
  });

  it('passes over malformed and impossible dates to the next source', () => {
    const head =
      '<meta property="article:published_time" content="23/07/2025">' +
      '<meta property="article:published_time" content="2025-02-30">' +
      `<script type="application/ld+json">{broken</script>${jsonLd({ datePublished: 20250723 })}` +
      jsonLd({ datePublished: '2025-07-24' });
    expect(read(head)).toEqual({ day: '2025-07-24', from: 'json-ld' });
  });

  it('uses today when the page states no date', () => {
    expect(read('<title>No date</title>')).toEqual({ day: TODAY, from: 'today' });
  });
});

describe('dayOf and localToday', () => {
  it('accepts a date or a date-time, refuses anything else', () => {
    expect(dayOf('2024-02-29')).toBe('2024-02-29');
    expect(dayOf(' 2025-07-23 10:00')).toBe('2025-07-23');
    expect(dayOf('2025-02-29')).toBeUndefined();
    expect(dayOf('2025-7-3')).toBeUndefined();
    expect(dayOf('2025-07-23junk')).toBeUndefined();
    expect(dayOf(null)).toBeUndefined();
  });

  it('formats the reader’s local day', () => {
    expect(localToday(new Date(2025, 6, 3, 23, 59))).toBe('2025-07-03');
  });
});
