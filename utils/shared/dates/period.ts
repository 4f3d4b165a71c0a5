/**
 * Dates in the data are calendar days ("2025-07-23") or months ("2025-07", day unknown). These
 * helpers compare them as text, which ISO dates allow: a month starts before its first day
 * ("2025-07-00") and ends after its last ("2025-07-99").
 */

/** The earliest day a date can mean, as a comparable key. */
export const startKey = (date: string): string => (date.length === 7 ? `${date}-00` : date);

/** The latest day a date can mean, as a comparable key. */
export const endKey = (date: string): string => (date.length === 7 ? `${date}-99` : date);

/** A period of the data (a role's `from`/`to`): a missing end is open. */
export interface Period {
  from?: string;
  to?: string;
}

/** Where a day lies against a period: before it starts, within it, or after it ended. */
export function placeIn(day: string, period: Period): 'before' | 'during' | 'after' {
  if (period.from !== undefined && day < startKey(period.from)) return 'before';
  if (period.to !== undefined && day > endKey(period.to)) return 'after';
  return 'during';
}

/** Whether two periods share a day (both ends inclusive, open ends unbounded). */
export function overlaps(a: Period, b: Period): boolean {
  const aStart = a.from === undefined ? '' : startKey(a.from);
  const bStart = b.from === undefined ? '' : startKey(b.from);
  const aEnd = a.to === undefined ? '\uffff' : endKey(a.to);
  const bEnd = b.to === undefined ? '\uffff' : endKey(b.to);
  return aStart <= bEnd && bStart <= aEnd;
}

/** Days since 1970 of a date; a month counts as its 15th. For distances, not display. */
export function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 15] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** How many days apart two dates are. */
export const daysApart = (a: string, b: string): number => Math.abs(dayNumber(a) - dayNumber(b));
