import type { Dataset } from './schema';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * What the schema cannot check about the file's story: every core actor is in the file, and
 * every event, delegation and position that names its story names this file's (a file tells one
 * story; the tags are for the merge of several).
 */
export function storyProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const actors = new Set(data.actors.map((a) => a.id));
  data.story.core.forEach((id, i) => {
    if (!actors.has(id)) problems.push(problemAt(`story.core[${i}]`, 'problemUnknownActor', id));
  });
  const tagged = (path: string, story: string | undefined) => {
    if (story !== undefined && story !== data.story.id) {
      problems.push(problemAt(`${path}.story`, 'problemOtherStory', story, data.story.id));
    }
  };
  data.rounds.forEach((r, i) => tagged(`rounds[${i}]`, r.story));
  data.delegations.forEach((d, i) => tagged(`delegations[${i}]`, d.story));
  data.actors.forEach((a, i) =>
    a.positions.forEach((p, j) => tagged(`actors[${i}].positions[${j}]`, p.story)),
  );
  return problems;
}
