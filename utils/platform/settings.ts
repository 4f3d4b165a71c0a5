import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  allowedSitesItem,
  cardLanguageItem,
  categoryColorsItem,
  hiddenCategoriesItem,
  highlightDensityItem,
  highlightEverywhereItem,
  highlightStyleItem,
  hoverDelayItem,
  pausedEverywhereItem,
  pausedSitesItem,
  showBadgeItem,
  siteModeItem,
} from './storage';
import { sanitizeSetting } from '../shared/settings/sanitizeSetting';
import { SETTINGS, type SettingName, type Settings } from '../shared/settings/settingsTable';

type Items = { [K in SettingName]: WxtStorageItem<Settings[K], Record<string, unknown>> };

/** The storage item behind each setting (derived from the settings table in `./storage.ts`). */
export const SETTING_ITEMS: Items = {
  hiddenCategories: hiddenCategoriesItem,
  pausedSites: pausedSitesItem,
  pausedEverywhere: pausedEverywhereItem,
  siteMode: siteModeItem,
  allowedSites: allowedSitesItem,
  categoryColors: categoryColorsItem,
  highlightStyle: highlightStyleItem,
  highlightDensity: highlightDensityItem,
  hoverDelay: hoverDelayItem,
  cardLanguage: cardLanguageItem,
  showBadge: showBadgeItem,
  highlightEverywhere: highlightEverywhereItem,
};

/** The settings in the table's order (the order `watchSettings` subscribes in). */
const KEYS = Object.keys(SETTINGS) as SettingName[];

/** Reads every setting in one storage call. */
export async function loadSettings(): Promise<Settings> {
  const values = await storage.getItems(KEYS.map((key) => SETTING_ITEMS[key]));
  return Object.fromEntries(
    KEYS.map((key, i) => [key, sanitizeSetting(key, values[i]?.value)]),
  ) as unknown as Settings;
}

/**
 * Calls `onChange` with the key and the sanitised new value whenever a setting changes
 * (in this or another context, or on another device); returns a function that stops watching.
 */
export function watchSettings(
  onChange: <K extends SettingName>(key: K, value: Settings[K]) => void,
): () => void {
  const stops = KEYS.map((key) =>
    SETTING_ITEMS[key].watch((value: unknown) => onChange(key, sanitizeSetting(key, value))),
  );
  return () => stops.forEach((stop) => stop());
}
