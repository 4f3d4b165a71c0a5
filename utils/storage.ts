import { storage } from 'wxt/utils/storage';
import type { Dataset } from './dataset/schema';

/**
 * Every storage key the extension uses, declared once. Data lives in `local` (it can be large);
 * reader preferences live in `sync` so they follow the reader's browser profile.
 */

/** The imported dataset; `null` means "use the bundled one". Written only after validation. */
export const datasetItem = storage.defineItem<Dataset | null>('local:dataset', {
  fallback: null,
  version: 1,
});

/** Ids of the categories whose highlights the reader switched off. */
export const hiddenCategoriesItem = storage.defineItem<string[]>('sync:hiddenCategories', {
  fallback: [],
  version: 1,
});

/** Host names (e.g. "www.example.com") where the reader paused Dramatis. */
export const pausedSitesItem = storage.defineItem<string[]>('sync:pausedSites', {
  fallback: [],
  version: 1,
});

/** True while the reader paused Dramatis on every site. */
export const pausedEverywhereItem = storage.defineItem<boolean>('sync:pausedEverywhere', {
  fallback: false,
  version: 1,
});

/** Whether the toolbar badge shows how many actors the current page names. */
export const showBadgeItem = storage.defineItem<boolean>('sync:showBadge', {
  fallback: true,
  version: 1,
});
