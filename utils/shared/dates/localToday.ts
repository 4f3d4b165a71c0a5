/**
 * Today's date in the reader's time zone, `YYYY-MM-DD`: the article's date when a page gives none,
 * and the popup's day for a search result's card.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
