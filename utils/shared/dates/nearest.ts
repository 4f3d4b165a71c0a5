import { daysApart } from './period';

/**
 * The items ordered by how near their date is to `day`, nearest first; items equally near keep
 * their order. Used for a card's positions: what was said around the article's date comes first.
 */
export function nearestFirst<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  day: string,
): T[] {
  return items
    .map((item, index) => ({ item, index, distance: daysApart(dateOf(item), day) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ item }) => item);
}

/** The index of the item whose date is nearest to `day` (the first of equals); -1 if none. */
export function nearestIndex<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  day: string,
): number {
  const first = nearestFirst(items, dateOf, day)[0];
  return first === undefined ? -1 : items.indexOf(first);
}
