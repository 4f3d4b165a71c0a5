import { err, ok, type Result } from '../../shared/result';
import type { Problem } from '../../shared/problems/Problem';
import { entryOf, readStories, setStoryRefresh } from '../../platform/stories/storyStore';

/**
 * Switches the daily refresh of the story `id` on or off, keeping its URL. A story without a
 * refresh URL has nothing to switch: that is a problem, not a silent no-op.
 */
export async function switchStoryRefresh(
  id: string,
  enabled: boolean,
): Promise<Result<void, Problem>> {
  const read = await readStories();
  if (!read.ok) return err(read.error[0]!);
  const refresh = entryOf(read.value, id)?.refresh;
  if (!refresh) return err({ message: { key: 'refreshNone' } });
  const saved = await setStoryRefresh(id, { ...refresh, enabled });
  return saved.ok ? ok(undefined) : err(saved.error[0]!);
}
