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
 * A moment (ms since the epoch) for readers, in their language: "25 Nov 2025, 14:02" — when a
 * story was applied or last refreshed.
 */
export const formatTime = (at: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
