import { storage } from 'wxt/utils/storage';
import type { Dataset } from '../shared/dataset/schema';
import type {
  CardLanguage,
  HighlightDensity,
  HighlightStyle,
  SiteMode,
} from '../shared/settings/settingValues';
import type {
  AutoRefreshSetting,
  DatasetSource,
  InstalledStory,
  PreviousDataset,
  RefreshStatus,
  UrlValidators,
} from '../shared/story/installedStory';

/**
 * Every storage key the extension uses, declared once. Data lives in `local` (it can be large);
 * reader preferences live in `sync` so they follow the reader's browser profile. Each item is
 * marked pure, so a context's bundle keeps only the items it uses (the content script ships to
 * every page).
 */

/**
 * The imported dataset; `null` means "use the bundled one". Written only after validation.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const datasetItem = /* @__PURE__ */ storage.defineItem<Dataset | null>('local:dataset', {
  fallback: null,
  version: 1,
});

/** Ids of the categories whose highlights the reader switched off. */
export const hiddenCategoriesItem = /* @__PURE__ */ storage.defineItem<string[]>(
  'sync:hiddenCategories',
  {
    fallback: [],
    version: 1,
  },
);

/** Host names (e.g. "www.example.com") where the reader paused Dramatis. */
export const pausedSitesItem = /* @__PURE__ */ storage.defineItem<string[]>('sync:pausedSites', {
  fallback: [],
  version: 1,
});

/** True while the reader paused Dramatis on every site. */
export const pausedEverywhereItem = /* @__PURE__ */ storage.defineItem<boolean>(
  'sync:pausedEverywhere',
  {
    fallback: false,
    version: 1,
  },
);

/**
 * True: every page gets the cast of every enabled story ("Highlight on every page"); false (the
 * default): only pages about a story get its cast, and a page about none is left untouched.
 */
export const highlightEverywhereItem = /* @__PURE__ */ storage.defineItem<boolean>(
  'sync:highlightEverywhere',
  { fallback: false, version: 1 },
);

/** Whether the toolbar badge shows how many actors the current page names. */
export const showBadgeItem = /* @__PURE__ */ storage.defineItem<boolean>('sync:showBadge', {
  fallback: true,
  version: 1,
});

// ---------------------------------------------------------------------------------------------
// Data updates (local: they describe this browser's data, and can be large).

/**
 * The dataset in use before the last apply, undo or reset; `null` when there is nothing to undo.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const previousDatasetItem = /* @__PURE__ */ storage.defineItem<PreviousDataset | null>(
  'local:previousDataset',
  { fallback: null, version: 1 },
);

/**
 * Where the dataset in use came from; written together with `local:dataset`.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const datasetSourceItem = /* @__PURE__ */ storage.defineItem<DatasetSource | null>(
  'local:datasetSource',
  {
    fallback: null,
    version: 1,
  },
);

/**
 * ETag / Last-Modified of the URL response the dataset in use came from.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const urlValidatorsItem = /* @__PURE__ */ storage.defineItem<UrlValidators | null>(
  'local:urlValidators',
  {
    fallback: null,
    version: 1,
  },
);

/**
 * The last refresh's result, shown on the options page. Never touches the data itself.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const refreshStatusItem = /* @__PURE__ */ storage.defineItem<RefreshStatus | null>(
  'local:refreshStatus',
  {
    fallback: null,
    version: 1,
  },
);

/**
 * The stories installed, by story id (utils/platform/stories/storyStore.ts writes it, whole, in one set).
 * Tabs watch it and ask the background for the cast (`getActiveCast`).
 */
export const storiesItem = /* @__PURE__ */ storage.defineItem<Record<string, InstalledStory>>(
  'local:stories',
  { fallback: {}, version: 1 },
);

// ---------------------------------------------------------------------------------------------
// Reader settings (sync: they follow the reader's browser profile).

/**
 * The daily refresh of the single dataset.
 * @deprecated Single-dataset storage before stories (issue 14): read only by
 * utils/background/migrateLegacyStorage.ts, which moves it into `local:stories`.
 */
export const autoRefreshItem = /* @__PURE__ */ storage.defineItem<AutoRefreshSetting>(
  'sync:autoRefresh',
  {
    fallback: { enabled: false, url: '' },
    version: 1,
  },
);

/** Colours the reader chose per category id (`#rrggbb`), overriding the dataset's. */
export const categoryColorsItem = /* @__PURE__ */ storage.defineItem<Record<string, string>>(
  'sync:categoryColors',
  { fallback: {}, version: 1 },
);

export const highlightStyleItem = /* @__PURE__ */ storage.defineItem<HighlightStyle>(
  'sync:highlightStyle',
  {
    fallback: 'background',
    version: 1,
  },
);

export const highlightDensityItem = /* @__PURE__ */ storage.defineItem<HighlightDensity>(
  'sync:highlightDensity',
  { fallback: 'calm', version: 1 },
);

export const siteModeItem = /* @__PURE__ */ storage.defineItem<SiteMode>('sync:siteMode', {
  fallback: 'all',
  version: 1,
});

/** Host names where Dramatis runs while the site mode is `listed` ("*.example.com" for all). */
export const allowedSitesItem = /* @__PURE__ */ storage.defineItem<string[]>('sync:allowedSites', {
  fallback: [],
  version: 1,
});

/** How long (ms) the pointer rests on a highlight before its card opens. */
export const hoverDelayItem = /* @__PURE__ */ storage.defineItem<number>('sync:hoverDelay', {
  fallback: 500,
  version: 1,
});

export const cardLanguageItem = /* @__PURE__ */ storage.defineItem<CardLanguage>(
  'sync:cardLanguage',
  {
    fallback: 'browser',
    version: 1,
  },
);
