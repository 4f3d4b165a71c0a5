import type * as v from 'valibot';
import type { MessageKey } from '../i18n';
import type { Problem, ProblemMessage } from './Problem';

/**
 * The message a schema check gives valibot (`v.nonEmpty(schemaMessage('problemEmpty'))`): its
 * key and substitutions as JSON, since valibot carries a message only as a string. Read back by
 * {@link issueProblem}, never shown.
 */
export const schemaMessage = (key: MessageKey, ...subs: string[]): string =>
  JSON.stringify({ key, subs });

/** A valibot issue's path as authors write it: `actors[12].names[0]`, `story.keywords.pt-BR`. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');

/**
 * A valibot issue as a problem at its path: a schema check's own message (see
 * {@link schemaMessage}), or one of valibot's issues by its kind (a wrong type, a missing or
 * unknown key, an integer, a minimum), or else valibot's text as written.
 */
export function issueProblem(issue: v.BaseIssue<unknown>): Problem {
  return { path: pathOf(issue), message: messageOf(issue) };
}

function messageOf(issue: v.BaseIssue<unknown>): ProblemMessage {
  const own = schemaMessageOf(issue.message);
  if (own) return own;
  const { expected, received } = issue;
  if (issue.path?.at(-1)?.origin === 'key') {
    return expected === 'never'
      ? { key: 'problemUnknownKey', subs: [received] }
      : { key: 'problemMissingKey', subs: [String(expected)] };
  }
  if (issue.kind === 'schema') {
    return { key: 'problemType', subs: [String(expected), received] };
  }
  if (issue.type === 'integer') return { key: 'problemInteger', subs: [received] };
  if (issue.type === 'min_value') {
    return { key: 'problemMinValue', subs: [String(issue.requirement), received] };
  }
  return { text: issue.message };
}

function schemaMessageOf(message: string): ProblemMessage | undefined {
  if (!message.startsWith('{"key":')) return undefined;
  try {
    const { key, subs } = JSON.parse(message) as { key: MessageKey; subs: string[] };
    return { key, subs };
  } catch {
    return undefined;
  }
}
