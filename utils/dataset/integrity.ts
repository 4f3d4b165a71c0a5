import type { Dataset } from './schema';
import { fold } from '../matching/fold';
import { isAcronym } from '../matching/nameRules';

/** Shortest name (in characters) that matches safely; shorter ones catch ordinary words. */
export const MIN_NAME_LENGTH = 3;

/**
 * Checks what a schema cannot: that ids are unique, that every reference (an actor's category,
 * a delegation's members) points at something that exists, and that every name is long and
 * distinct enough to be matched without false hits. Returns every problem found, not just the
 * first, each prefixed with the path of the offending value.
 */
export function checkIntegrity(data: Dataset): string[] {
  const problems: string[] = [];
  problems.push(...duplicates(data.categories, 'categories'));
  problems.push(...duplicates(data.delegations, 'delegations'));
  problems.push(...duplicates(data.actors, 'actors'));
  const categories = new Set(data.categories.map((c) => c.id));
  const actors = new Set(data.actors.map((a) => a.id));
  data.actors.forEach((actor, i) => {
    if (!categories.has(actor.category)) {
      problems.push(`actors[${i}].category: no category has the id "${actor.category}"`);
    }
  });
  data.delegations.forEach((delegation, i) => {
    delegation.members.forEach((member, j) => {
      if (!actors.has(member.actor)) {
        problems.push(
          `delegations[${i}].members[${j}].actor: no actor has the id "${member.actor}"`,
        );
      }
    });
  });
  problems.push(...nameProblems(data));
  return problems;
}

function duplicates(items: readonly { id: string }[], path: string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else problems.push(`${path}[${i}].id: "${item.id}" is already used by ${path}[${first}]`);
  });
  return problems;
}

function nameProblems(data: Dataset): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  data.actors.forEach((actor, i) => {
    actor.names.forEach((name, j) => {
      const path = `actors[${i}].names[${j}]`;
      const min = isAcronym(name) ? 2 : MIN_NAME_LENGTH;
      if ([...name].length < min) {
        problems.push(`${path}: "${name}" is too short to match safely (at least ${min} letters)`);
      }
      const key = isAcronym(name) ? name : fold(name);
      const other = owner.get(key);
      if (other !== undefined && other !== actor.id) {
        problems.push(`${path}: "${name}" is also a name of "${other}"; a name must be unique`);
      }
      owner.set(key, actor.id);
    });
  });
  return problems;
}
