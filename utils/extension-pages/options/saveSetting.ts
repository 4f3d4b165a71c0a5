import { storageProblem } from '../../shared/dataset/storageProblem';
import type { Problem } from '../../shared/problems/Problem';
import { err, ok, type Result } from '../../shared/result';
import { SETTING_ITEMS } from '../../platform/settings';
import type { Settings } from '../../shared/settings/settingsTable';

/**
 * Saves one reader setting from the options page. A write storage refuses (e.g. a full sync
 * quota) comes back as a problem for the page to show, not as an exception.
 */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<Result<void, Problem>> {
  try {
    await SETTING_ITEMS[key].setValue(value);
    return ok(undefined);
  } catch (e) {
    return err(storageProblem(e));
  }
}
