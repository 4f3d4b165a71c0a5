import type { Problem } from '../problems/Problem';
import type {
  AutoRefreshSetting,
  DatasetSource,
  RefreshStatus,
} from '../../shared/story/installedStory';

/** A text in both data languages. */
export interface Localized {
  en: string;
  de: string;
}

/**
 * One installed story as the options page lists it: what it is, where its data in force came
 * from, what undo would restore, its daily refresh, and why its stored data is not used (if so).
 * Plain data, so the story list renders from props alone.
 */
export interface StoryEntry {
  id: string;
  title: Localized;
  summary: Localized;
  /** Shipped with the extension: it can be reset to the bundled version, never removed. */
  bundled: boolean;
  enabled: boolean;
  /** Where the data in force came from; `null`: the bundled data. */
  source: DatasetSource | null;
  /** Of the data in force; absent when an imported story's stored data is not usable. */
  version?: string;
  /** The data file's own title (undo names files by it). */
  fileTitle?: string;
  asOf?: string;
  actors?: number;
  /** What undo would restore (a title and version), or `null` when there is nothing to undo. */
  undoTarget: { title: string; version: string } | null;
  /** The daily refresh from the URL the story was fetched from; `null` for other sources. */
  refresh: AutoRefreshSetting | null;
  refreshStatus: RefreshStatus | null;
  /** Why the stored data of this story no longer validates; absent when it does. */
  storedProblems?: Problem[];
}
