import { onMessage } from '../messages';
import { err, ok, type Result } from '../result';
import { cacheActiveCast, type ActiveCastCache } from './activeCastCache';
import type { Cast } from './cast';

/**
 * The answer to a tab's `getActiveCast`: the cast in force, or why it could not be read. A
 * failure travels as a value, so a tab never waits on an exception it cannot see.
 */
export async function activeCastAnswer(
  cache: ActiveCastCache,
  heard: string | null = null,
): Promise<Result<Cast>> {
  try {
    return ok(await cache.get(heard ?? undefined));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Answers the content scripts' `getActiveCast` from one {@link cacheActiveCast} for the life of
 * the background, so tabs neither validate nor carry the validator. `ready` is awaited before
 * the first answer (the migration of old storage). Returns a function that stops answering.
 */
export function serveActiveCast(ready: Promise<unknown> = Promise.resolve()): () => void {
  const cache = cacheActiveCast();
  const settled = ready.catch(() => undefined);
  const stopAnswering = onMessage('getActiveCast', async ({ data }) => {
    await settled;
    return activeCastAnswer(cache, data);
  });
  return () => {
    stopAnswering();
    cache.stop();
  };
}
