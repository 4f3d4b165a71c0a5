// Types only: the schema module carries the validator, which the content script must not.
import type { Actor, Name } from '../../shared/dataset/schema';
import { ACTOR_ATTR, MARK_SELECTOR, MENTION_ATTR } from '../../shared/markup';
import { fold } from '../../shared/matching/fold';

const byLength = (a: string, b: string) => b.length - a.length;
const nameText = (name: Name): string => (typeof name === 'string' ? name : name.text);

/**
 * The name to head the card with when the page prints the actor in a spelling the data knows
 * ("Selenskyj" on a German page: "Wolodymyr Selenskyj"); undefined when the page uses the
 * dataset's own name, or a form the data does not list (a declension, a typo). The data's name
 * the page used is the longest one its text starts with ("Selenskyjs" → "Selenskyj"); a
 * surname alone grows into the data's full name in that spelling, the dataset's own name first.
 */
export function printedName(
  actor: Pick<Actor, 'name' | 'names'>,
  printed: string,
): string | undefined {
  const text = fold(printed.replace(/\s+/g, ' ').trim());
  const names = [actor.name, ...actor.names.map(nameText)];
  const used = names.filter((n) => text.startsWith(fold(n))).sort(byLength)[0];
  if (!used) return undefined;
  const surname = ` ${fold(used)}`;
  const full = used.includes(' ')
    ? used
    : (names.find((n) => n.includes(' ') && fold(n).endsWith(surname)) ?? used);
  return fold(full) === fold(actor.name) ? undefined : full;
}

/**
 * The text of the mention a mark belongs to, as the page shows it: from its first mark to its
 * last ("<a>Wladimir</a> Putin" reads "Wladimir Putin"), found by its actor and mention number.
 */
export function mentionText(mark: Element): string {
  const actor = mark.getAttribute(ACTOR_ATTR) ?? '';
  const mention = mark.getAttribute(MENTION_ATTR) ?? '';
  const marks = [...(mark.getRootNode() as ParentNode).querySelectorAll(MARK_SELECTOR)].filter(
    (m) => m.getAttribute(ACTOR_ATTR) === actor && m.getAttribute(MENTION_ATTR) === mention,
  );
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last) return mark.textContent ?? '';
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range.toString();
}
