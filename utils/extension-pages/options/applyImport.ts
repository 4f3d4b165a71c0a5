import type { Candidate } from '../../shared/dataset/candidate';
import { ok, type Result } from '../../shared/result';
import type { Problem } from '../../shared/problems/Problem';
import { applyStory, setStoryRefresh } from '../../platform/stories/storyStore';

/**
 * Applies an imported file the reader previewed: installs it as a new story, or as the new data
 * of the installed story with its id. Data from a file or pasted text switches that story's daily
 * refresh off in the same write (the store does). Data from a URL saves the refresh setting after
 * the data (a refresh must never start from a URL whose data was not applied); a setting that
 * could not be saved then comes back as `notSaved`, since the data itself is in.
 */
export async function applyImport(
  candidate: Candidate,
  { daily }: { daily: boolean },
): Promise<Result<{ notSaved?: Problem }, Problem[]>> {
  const { dataset, source, validators } = candidate;
  const applied = await applyStory(dataset, source, validators);
  if (!applied.ok) return applied;
  if (source.kind !== 'url') return ok({});
  const saved = await setStoryRefresh(dataset.story.id, { enabled: daily, url: source.name });
  return ok(saved.ok ? {} : { notSaved: saved.error[0] });
}
