/**
 * Formats a dataset date ("2025-05-14" or "2025-05") for readers, in their language, without
 * inventing a day the data does not give.
 */
export function formatDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(value);
}

/**
 * Returns a URL fit for a link, or undefined: only `https:` and `http:` pass, so data can never
 * smuggle a `javascript:` or `data:` link into the page.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
