import { onMessage } from '../messages';
import { err, ok, type Result } from '../result';
import { cacheActiveDataset, type ActiveDatasetCache } from './activeDatasetCache';
import type { Dataset } from './schema';

/**
 * The answer to a tab's `getActiveDataset`: the dataset in force, or why it could not be read.
 * A failure travels as a value, so a tab never waits on an exception it cannot see.
 */
export async function activeDatasetAnswer(
  cache: ActiveDatasetCache,
  heard: string | null = null,
): Promise<Result<Dataset>> {
  try {
    return ok((await cache.get(heard ?? undefined)).dataset);
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Answers the content scripts' `getActiveDataset` from one {@link cacheActiveDataset} for the
 * life of the background, so tabs neither validate nor carry the validator. Returns a function
 * that stops answering and watching.
 */
export function serveActiveDataset(): () => void {
  const cache = cacheActiveDataset();
  const stopAnswering = onMessage('getActiveDataset', ({ data }) =>
    activeDatasetAnswer(cache, data),
  );
  return () => {
    stopAnswering();
    cache.stop();
  };
}
