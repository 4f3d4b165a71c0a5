import type { Candidate } from '../dataset/candidate';
import { err, ok, type Result } from '../result';
import type { Problem } from '../storage';
import { applyStory, resetStory, setStoryRefresh } from '../story/storyStore';
import { stopStoryRefresh } from './storyRefresh';

type Done = Promise<Result<void, Problem[]>>;

/**
 * Applies an imported file the reader previewed: installs it as a new story, or as the new data
 * of the installed story with its id. Data from a file or pasted text stops that story's daily
 * refresh first. Data from a URL saves the refresh setting after the data (a refresh must never
 * start from a URL whose data was not applied); a setting that could not be saved then comes
 * back as `notSaved`, since the data itself is in.
 */
export async function applyImport(
  candidate: Candidate,
  { daily }: { daily: boolean },
): Promise<Result<{ notSaved?: Problem }, Problem[]>> {
  const { dataset, source, validators } = candidate;
  const id = dataset.story.id;
  if (source.kind !== 'url') {
    const stopped = await stopStoryRefresh(id);
    if (!stopped.ok) return stopped;
  }
  const applied = await applyStory(dataset, source, validators);
  if (!applied.ok) return applied;
  if (source.kind !== 'url') return ok({});
  const saved = await setStoryRefresh(id, { enabled: daily, url: source.name });
  return ok(saved.ok ? {} : { notSaved: saved.error[0] });
}

/** Goes back to a bundled story's bundled file, its daily refresh stopped first. */
export async function resetToBundledStory(id: string): Done {
  const stopped = await stopStoryRefresh(id);
  return stopped.ok ? resetStory(id) : err(stopped.error);
}
