import { onMessage } from '../platform/messages';
import { err, ok, type Result } from '../shared/result';
import { cacheActiveCast, type ActiveCastCache } from '../platform/stories/activeCastCache';
import type { Cast } from '../shared/story/cast';

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
 * Answers `getActiveCast` from `cache` once `ready` (the migration of the old storage) has
 * settled, whether it succeeded or not: a tab never gets the cast of a storage half moved.
 */
export function castAnswerer(cache: ActiveCastCache, ready: Promise<unknown>) {
  const settled = ready.catch(() => undefined);
  return async (heard: string | null): Promise<Result<Cast>> => {
    await settled;
    return activeCastAnswer(cache, heard);
  };
}

/**
 * Answers the content scripts' `getActiveCast` from one {@link cacheActiveCast} for the life of
 * the background, so tabs neither validate nor carry the validator. `ready` is awaited before
 * the first answer (the migration of old storage). Returns a function that stops answering.
 */
export function serveActiveCast(ready: Promise<unknown> = Promise.resolve()): () => void {
  const cache = cacheActiveCast();
  const answer = castAnswerer(cache, ready);
  const stopAnswering = onMessage('getActiveCast', ({ data }) => answer(data));
  return () => {
    stopAnswering();
    cache.stop();
  };
}
