/** The day an article is about, and where on the page it was found. */
export interface ArticleDate {
  /** The calendar day, `YYYY-MM-DD`, as the page states it (its own time zone). */
  day: string;
  from: 'meta' | 'json-ld' | 'microdata' | 'time' | 'today';
}

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
].join(',');
const HEADER_TIME = 'article header time[datetime], main header time[datetime]';

/**
 * Reads when an article was published, to show what was true on that day: the
 * `article:published_time` meta tag, then `datePublished` in JSON-LD (also inside `@graph` and
 * arrays), then in microdata, then a `<time datetime>` in the article's header; else `today`.
 * The day is taken as the page writes it ("2025-07-23T23:30-04:00" is the 23rd), since that is
 * the date the article's readers see. Malformed or impossible dates are passed over. Pure: reads
 * the document, changes nothing.
 */
export function readArticleDate(doc: Document, today: string): ArticleDate {
  const meta = firstDay([...doc.querySelectorAll(META)].map((m) => m.getAttribute('content')));
  if (meta) return { day: meta, from: 'meta' };
  const jsonLd = firstDay(jsonLdDates(doc));
  if (jsonLd) return { day: jsonLd, from: 'json-ld' };
  const micro = firstDay(
    [...doc.querySelectorAll('[itemprop~="datePublished"]')].map(
      (el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent,
    ),
  );
  if (micro) return { day: micro, from: 'microdata' };
  const time = firstDay(
    [...doc.querySelectorAll(HEADER_TIME)].map((t) => t.getAttribute('datetime')),
  );
  if (time) return { day: time, from: 'time' };
  return { day: today, from: 'today' };
}

/** The calendar day of an ISO date or date-time as written, if it is one that exists. */
export function dayOf(text: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? match.slice(1, 4).join('-') : undefined;
}

const firstDay = (texts: (string | null | undefined)[]) =>
  texts.map(dayOf).find((day) => day !== undefined);

/** Every `datePublished` in the page's JSON-LD blocks, in document order. */
function jsonLdDates(doc: Document): string[] {
  const found: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found, 0);
    } catch {
      // A broken block says nothing about the date; the next source may.
    }
  }
  return found.filter((value): value is string => typeof value === 'string');
}

function collect(node: unknown, found: unknown[], depth: number): void {
  if (depth > 8 || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (record.datePublished !== undefined) found.push(record.datePublished);
  collect(record['@graph'], found, depth + 1);
}
