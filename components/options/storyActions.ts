import type { Problem } from '../../utils/shared/problems/Problem';
import type { Result } from '../../utils/shared/result';

/** What an action on a story resolves to: done, or the problems that stopped it. */
export type Done = Promise<Result<void, Problem[]>>;

/**
 * What the reader can do with one installed story; `utils/extension-pages/options/storyActions.ts`
 * wires these to storage.
 */
export interface StoryActions {
  onToggle: (id: string, enabled: boolean) => Done;
  onUndo: (id: string) => Done;
  onReset: (id: string) => Done;
  onRemove: (id: string) => Done;
  onExport: (id: string) => void;
  onRefreshToggle: (id: string, enabled: boolean) => Promise<Result<void, Problem>>;
  onCheckNow: (id: string) => Promise<void>;
}
