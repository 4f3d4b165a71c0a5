import type { Dataset } from './schema';
import { overlaps } from '../dates/period';

/**
 * Checks the v2 references and periods a schema cannot: every delegation's and position's round
 * exists, and no two roles of one actor overlap (a card must know which one was held on a day).
 */
export function roundAndRoleProblems(data: Dataset): string[] {
  const problems: string[] = [];
  const rounds = new Set(data.rounds.map((r) => r.id));
  data.delegations.forEach((delegation, i) => {
    if (!rounds.has(delegation.round)) {
      problems.push(`delegations[${i}].round: no round has the id "${delegation.round}"`);
    }
  });
  data.actors.forEach((actor, i) => {
    actor.positions.forEach((position, j) => {
      if (position.round !== undefined && !rounds.has(position.round)) {
        problems.push(
          `actors[${i}].positions[${j}].round: no round has the id "${position.round}"`,
        );
      }
    });
    actor.roles.forEach((role, j) => {
      const k = actor.roles.findIndex((other, at) => at < j && overlaps(other, role));
      if (k >= 0) {
        problems.push(
          `actors[${i}].roles[${j}]: its period overlaps roles[${k}] of the same actor`,
        );
      }
    });
  });
  return problems;
}
