import { storage } from 'wxt/utils/storage';
import type { Dataset } from '../shared/dataset/schema';
import { SETTINGS, type SettingName, type Settings } from '../shared/settings/settingsTable';
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

// ---------------------------------------------------------------------------------------------
// Reader settings (sync: they follow the reader's browser profile). Each one's key, default,
// version and allowed values are declared in utils/shared/settings/settingsTable.ts.

/**
 * The storage item of a reader setting, with the key, default and version its entry in
 * `SETTINGS` (utils/shared/settings/settingsTable.ts) gives.
 */
const settingItem = <K extends SettingName>(name: K) =>
  storage.defineItem<Settings[K]>(SETTINGS[name].key, {
    fallback: SETTINGS[name].fallback as Settings[K],
    version: SETTINGS[name].version,
  });

export const hiddenCategoriesItem = /* @__PURE__ */ settingItem('hiddenCategories');
export const pausedSitesItem = /* @__PURE__ */ settingItem('pausedSites');
export const pausedEverywhereItem = /* @__PURE__ */ settingItem('pausedEverywhere');
export const siteModeItem = /* @__PURE__ */ settingItem('siteMode');
export const allowedSitesItem = /* @__PURE__ */ settingItem('allowedSites');
export const categoryColorsItem = /* @__PURE__ */ settingItem('categoryColors');
export const highlightStyleItem = /* @__PURE__ */ settingItem('highlightStyle');
export const highlightDensityItem = /* @__PURE__ */ settingItem('highlightDensity');
export const hoverDelayItem = /* @__PURE__ */ settingItem('hoverDelay');
export const cardLanguageItem = /* @__PURE__ */ settingItem('cardLanguage');
export const showBadgeItem = /* @__PURE__ */ settingItem('showBadge');
export const highlightEverywhereItem = /* @__PURE__ */ settingItem('highlightEverywhere');
