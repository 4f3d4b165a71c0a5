import type { Dataset } from './schema';
import { overlaps } from '../dates/period';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * Checks the v2 references and periods a schema cannot: every delegation's and position's round
 * exists, and no two roles of one actor overlap (a card must know which one was held on a day).
 */
export function roundAndRoleProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const rounds = new Set(data.rounds.map((r) => r.id));
  data.delegations.forEach((delegation, i) => {
    if (!rounds.has(delegation.round)) {
      problems.push(problemAt(`delegations[${i}].round`, 'problemUnknownRound', delegation.round));
    }
  });
  data.actors.forEach((actor, i) => {
    actor.positions.forEach((position, j) => {
      if (position.round !== undefined && !rounds.has(position.round)) {
        const path = `actors[${i}].positions[${j}].round`;
        problems.push(problemAt(path, 'problemUnknownRound', position.round));
      }
    });
    actor.roles.forEach((role, j) => {
      const k = actor.roles.findIndex((other, at) => at < j && overlaps(other, role));
      if (k >= 0) {
        problems.push(problemAt(`actors[${i}].roles[${j}]`, 'problemRoleOverlap', `roles[${k}]`));
      }
    });
  });
  return problems;
}
