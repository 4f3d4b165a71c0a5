import type { Problem } from '../problems/Problem';

/** A storage failure in words: a full quota is said so, anything else is passed on. */
export function storageProblem(e: unknown): Problem {
  const message = e instanceof Error ? e.message : String(e);
  return /quota/i.test(message)
    ? { message: { key: 'storageFull', subs: [message] } }
    : { message: { key: 'storageFailed', subs: [message] } };
}
