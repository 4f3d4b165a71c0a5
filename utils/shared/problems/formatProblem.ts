import type { Translate } from '../i18n';
import type { Problem } from './Problem';

/** How the top-level value's (empty) path is shown. */
const TOP_LEVEL = '(top level)';

/**
 * A problem in the reader's words, the one place problems become text: its message in the
 * reader's language (`t`), after its path as written (`actors[3].names[0]: …`), since data
 * authors search their file for it. A problem without a path is its message alone.
 */
export function formatProblem(problem: Problem, t: Translate): string {
  const { path, message } = problem;
  const said = 'text' in message ? message.text : t(message.key, message.subs);
  return path === undefined ? said : `${path || TOP_LEVEL}: ${said}`;
}
