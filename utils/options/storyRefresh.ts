import { err, ok, type Result } from '../result';
import type { Problem } from '../storage';
import { entryOf, readStories, setStoryRefresh } from '../story/storyStore';

type Done = Promise<Result<void, Problem[]>>;

/**
 * Switches off the daily refresh of the story `id`, if it is on: its data is about to come from
 * elsewhere (a file, pasted text, the bundled file), so the URL must not overwrite it tomorrow.
 * Done first, so a failure to save it leaves the story's data as it was.
 */
export async function stopStoryRefresh(id: string): Done {
  const read = await readStories();
  if (!read.ok) return read;
  const refresh = entryOf(read.value, id)?.refresh;
  if (!refresh?.enabled) return ok(undefined);
  return setStoryRefresh(id, { ...refresh, enabled: false });
}

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
  if (!refresh) return err({ key: 'refreshNone' });
  const saved = await setStoryRefresh(id, { ...refresh, enabled });
  return saved.ok ? ok(undefined) : err(saved.error[0]!);
}
