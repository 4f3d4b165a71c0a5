/**
 * The stories in the order a card shows their sections: those the page is about first, then
 * the others, each group in its given order (the order of the stories installed). Stable, so a
 * page about no story keeps the installed order.
 */
export function pageFirst<T extends { id: string }>(
  stories: readonly T[],
  page: readonly { id: string; about: boolean }[] = [],
): T[] {
  const about = new Set(page.filter((s) => s.about).map((s) => s.id));
  return [...stories.filter((s) => about.has(s.id)), ...stories.filter((s) => !about.has(s.id))];
}
