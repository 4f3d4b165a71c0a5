import type { CurrentData } from '../../shared/dataset/candidate';
import type { InstalledView } from '../../shared/story/installedStories';

/**
 * The data in force of each installed story, for the import's preview: an imported file is
 * compared with the story of its id; `'unusable'` when that story's stored file no longer
 * validates (nothing to compare with, but the file replaces a broken one); null for no such story.
 */
export const currentData =
  (views: readonly InstalledView[]): CurrentData =>
  (id: string) => {
    const view = views.find((v) => v.id === id);
    return view ? (view.dataset ?? 'unusable') : null;
  };
