import { err, ok, type Result } from '../result';
import { requestActiveCast, type RequestCastDeps } from '../story/requestActiveCast';
import type { Dataset } from './schema';

/**
 * The merged dataset of the cast in force ({@link requestActiveCast}), for the callers written
 * before stories: an error when no story is enabled.
 * @deprecated TODO [2026-12-11]: the content script and the popup ask `requestActiveCast`
 * (issue 14, helpers D1 and D2); delete this when they do.
 */
export async function requestActiveDataset(
  deps: Omit<RequestCastDeps, 'send'> = {},
): Promise<Result<Dataset>> {
  const answer = await requestActiveCast(deps);
  if (!answer.ok) return answer;
  return answer.value.dataset ? ok(answer.value.dataset) : err('no story is enabled');
}
