import type { Dataset } from '../dataset/schema';
import type { Problem } from '../problems/Problem';

/** The shapes of an installed story as `local:stories` keeps it (docs/stories.md). */
/** Where the dataset in use came from; `null` while the bundled one is in use. */
export interface DatasetSource {
  kind: 'file' | 'url' | 'paste';
  /** The file name, the URL, or empty for pasted text. */
  name: string;
  /** When it was applied (ms since the epoch). */
  appliedAt: number;
  /** True when the daily refresh applied it, not the reader. */
  automatic?: boolean;
}

/** What "undo" restores: the dataset in use before the last change (`null` data: the bundled). */
export interface PreviousDataset {
  dataset: Dataset | null;
  source: DatasetSource | null;
}

/** The HTTP validators of the response the dataset in use was read from, for conditional GETs. */
export interface UrlValidators {
  url: string;
  etag?: string;
  lastModified?: string;
}

/** The outcome of the last automatic (or "check now") refresh from the data URL. */
export interface RefreshStatus {
  at: number;
  url: string;
  outcome: 'updated' | 'unchanged' | 'failed';
  /** Why it failed (every problem of a refused file), or what it applied. */
  problems?: Problem[];
  title?: string;
  version?: string;
}

/**
 * One installed story (docs/stories.md): its data (`null`: the bundled file with its id), where
 * it came from, what undo restores, its daily refresh and whether it is on. Bundled stories
 * without an entry are installed, enabled and bundled.
 */
export interface InstalledStory {
  dataset: Dataset | null;
  source: DatasetSource | null;
  previous: PreviousDataset | null;
  validators: UrlValidators | null;
  refresh: AutoRefreshSetting | null;
  refreshStatus: RefreshStatus | null;
  enabled: boolean;
  installedAt: number;
}

/** Daily refresh of the dataset from an https URL. */
export interface AutoRefreshSetting {
  enabled: boolean;
  url: string;
}
