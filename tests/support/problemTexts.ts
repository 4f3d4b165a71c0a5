import { err, type Result } from '../../utils/shared/result';
import { formatProblem } from '../../utils/shared/problems/formatProblem';
import type { Problem } from '../../utils/shared/problems/Problem';
import { t } from './translate';

/** Problems as an English reader sees them, for tests that state the exact texts. */
export const english = (problems: readonly Problem[]): string[] =>
  problems.map((problem) => formatProblem(problem, t));

/** A result with its problems as an English reader sees them. */
export const inEnglish = <T>(result: Result<T, readonly Problem[]>): Result<T, string[]> =>
  result.ok ? result : err(english(result.error));
