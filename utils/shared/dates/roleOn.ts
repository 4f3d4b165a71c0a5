import { placeIn, startKey, type Period } from './period';

/** The role a card shows for a day, and how it relates to that day. */
export interface RoleOnDay<R extends Period> {
  role: R;
  /**
   * `held`: held on the day; `before`: the day is before the actor's first role (shown with
   * its start); `after`: the role had ended by the day (shown with its end).
   */
  status: 'held' | 'before' | 'after';
  /** The actor's latest role, when it began after the day ("later: …"). */
  later?: R;
}

/**
 * Which of an actor's roles to show for an article of a given day (`YYYY-MM-DD`): the one held
 * on that day; else the last one that had ended by then; else the first, which began after it.
 * And the latest role, if it began after the day, so a reader of an old article learns that the
 * office changed. Undefined only for an actor without roles. Periods must not overlap (the
 * integrity check sees to it); if they do, the first listed wins.
 */
export function roleOn<R extends Period>(
  roles: readonly R[],
  day: string,
): RoleOnDay<R> | undefined {
  const sorted = [...roles].sort((a, b) => fromKey(a).localeCompare(fromKey(b)));
  const latest = sorted.at(-1);
  if (!latest) return undefined;
  const later = placeIn(day, latest) === 'before' ? latest : undefined;
  const held = roles.find((r) => placeIn(day, r) === 'during');
  if (held) return { role: held, status: 'held', later: later === held ? undefined : later };
  const ended = sorted.filter((r) => placeIn(day, r) === 'after').at(-1);
  if (ended) return { role: ended, status: 'after', later };
  const first = sorted[0] as R;
  return { role: first, status: 'before', later: later === first ? undefined : later };
}

const fromKey = (role: Period): string => (role.from === undefined ? '' : startKey(role.from));

/** The name of the role shown for a day, in a card language (see {@link roleOn}). */
export const roleNameOn = (
  roles: readonly (Period & { en: string; de: string })[],
  day: string,
  lang: 'en' | 'de',
): string => roleOn(roles, day)?.role[lang] ?? '';
