import { problemMessage } from '../../utils/shared/dataset/problemMessages';
import type { Translate } from '../../utils/shared/i18n';
import type { Problem } from '../../utils/shared/problem';

/**
 * A problem in the reader's words: a data file's problems in the reader's language where the
 * message is known, with their paths (`actors[3].names[0]`) as the validator wrote them.
 */
export function problemText(problem: Problem, t: Translate): string {
  if (typeof problem !== 'string') return t(problem.key, problem.subs);
  const known = problemMessage(problem);
  return known ? t(known.key, known.subs) : problem;
}

export interface ProblemListProps {
  /** Introduces the list ("This file was not imported… Problems found:"). */
  intro: string;
  problems: readonly Problem[];
  t: Translate;
  /** At most this many are listed; the rest are counted. */
  limit?: number;
}

/**
 * Problems as an alert: an intro and the list. A file of 10,000 broken entries lists the first
 * {@link ProblemListProps.limit} and says how many more there are, so the page stays usable.
 */
export function ProblemList({ intro, problems, t, limit = 100 }: ProblemListProps) {
  const shown = problems.slice(0, limit);
  return (
    <div class="problems" role="alert">
      <p>{intro}</p>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>{problemText(problem, t)}</li>
        ))}
      </ul>
      {problems.length > limit && <p>{t('importMoreProblems', String(problems.length - limit))}</p>}
    </div>
  );
}
