import type { Translate } from '../../utils/shared/i18n';
import { formatProblem } from '../../utils/shared/problems/formatProblem';
import type { Problem } from '../../utils/shared/problems/Problem';

export interface ProblemListProps {
  /** Introduces the list ("This file was not imported… Problems found:"). */
  intro: string;
  problems: readonly Problem[];
  t: Translate;
  /** At most this many are listed; the rest are counted. */
  limit?: number;
}

/**
 * Problems as an alert: an intro and the list, each problem in the reader's words
 * (formatProblem.ts). A file of 10,000 broken entries lists the first
 * {@link ProblemListProps.limit} and says how many more there are, so the page stays usable.
 */
export function ProblemList({ intro, problems, t, limit = 100 }: ProblemListProps) {
  const shown = problems.slice(0, limit);
  return (
    <div class="problems" role="alert">
      <p>{intro}</p>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>{formatProblem(problem, t)}</li>
        ))}
      </ul>
      {problems.length > limit && <p>{t('importMoreProblems', String(problems.length - limit))}</p>}
    </div>
  );
}
