import type { Category } from '../../shared/dataset/schema';
import type { InstalledView } from '../../shared/story/installedStories';
import type { StoryEntry } from '../../shared/story/storyEntry';

/**
 * The installed stories as the options page lists them, in the order given (bundled first, then
 * imported by install time). An imported story whose stored file is not usable has no version,
 * date or cast to show: only what is known of it (its id or stored title) and its problems.
 */
export function storyEntries(views: readonly InstalledView[]): StoryEntry[] {
  return views.map((view) => ({
    id: view.id,
    title: view.meta.title,
    summary: view.meta.summary,
    bundled: view.bundled,
    enabled: view.enabled,
    source: view.source,
    ...(view.dataset && {
      version: view.dataset.version,
      fileTitle: view.dataset.title,
      asOf: view.dataset.asOf,
      actors: view.dataset.actors.length,
    }),
    undoTarget: view.undoRestores,
    refresh: view.refresh,
    refreshStatus: view.refreshStatus,
    ...(view.storedProblems && { storedProblems: view.storedProblems }),
  }));
}

/**
 * The categories of every installed story (on or off), each id once, the first story's
 * wins (as in the merged cast), for the reader's colour settings.
 */
export function installedCategories(views: readonly InstalledView[]): Category[] {
  const seen = new Map<string, Category>();
  for (const view of views) {
    for (const category of view.dataset?.categories ?? []) {
      if (!seen.has(category.id)) seen.set(category.id, category);
    }
  }
  return [...seen.values()];
}
