import type { MessageKey } from '../i18n';
import type { Problem } from './Problem';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/**
 * A problem read back from storage (a refresh status in `local:stories`), in today's shape
 * whatever shape it was stored in. Before problems were structured, a refused file's problems
 * were stored as their English text (`actors[3].name: must not be empty`) and the others as
 * `{key, subs}`: the text is shown as written, the key said as today. A status is rewritten at
 * the next refresh, so old shapes fade out on their own; no migration of the stored value.
 */
export function storedProblem(stored: unknown): Problem {
  if (typeof stored === 'string') return { message: { text: stored } };
  if (isObj(stored) && isObj(stored.message)) return stored as unknown as Problem;
  if (isObj(stored) && typeof stored.key === 'string') {
    const subs = Array.isArray(stored.subs) ? stored.subs.map(String) : undefined;
    return { message: { key: stored.key as MessageKey, ...(subs && { subs }) } };
  }
  return { message: { text: JSON.stringify(stored) ?? String(stored) } };
}
