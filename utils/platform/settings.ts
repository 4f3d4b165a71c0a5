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
import type {
  CardLanguage,
  HighlightDensity,
  HighlightStyle,
  SiteMode,
} from '../shared/settings/settingValues';
import { isHexColor } from '../shared/settings/categoryColors';

/** Every reader setting (storage `sync`), as the content script and the options page use them. */
export interface Settings {
  hiddenCategories: string[];
  pausedSites: string[];
  pausedEverywhere: boolean;
  siteMode: SiteMode;
  allowedSites: string[];
  categoryColors: Record<string, string>;
  highlightStyle: HighlightStyle;
  highlightDensity: HighlightDensity;
  hoverDelay: number;
  cardLanguage: CardLanguage;
  showBadge: boolean;
  /** Highlight every enabled story's cast on every page, not only on pages about the story. */
  highlightEverywhere: boolean;
}

type Items = { [K in keyof Settings]: WxtStorageItem<Settings[K], Record<string, unknown>> };

/** The storage item behind each setting (declared in `utils/platform/storage.ts`). */
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

const KEYS = Object.keys(SETTING_ITEMS) as (keyof Settings)[];

/** The card's open delay is kept within these bounds (ms), whatever storage says. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

const oneOf =
  <T extends string>(values: readonly T[], fallback: T) =>
  (value: unknown): T =>
    values.includes(value as T) ? (value as T) : fallback;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const boolean = (fallback: boolean) => (value: unknown) =>
  typeof value === 'boolean' ? value : fallback;

/**
 * Each setting's sanitiser. Synced storage is written by other devices, other versions of the
 * extension, or by hand in the devtools: a value of the wrong shape falls back to the default
 * instead of breaking the content script.
 */
const SANITIZE: { [K in keyof Settings]: (value: unknown) => Settings[K] } = {
  hiddenCategories: strings,
  pausedSites: strings,
  pausedEverywhere: boolean(false),
  siteMode: oneOf(['all', 'listed'], 'all'),
  allowedSites: strings,
  categoryColors: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, color]) => isHexColor(color)))
      : {},
  highlightStyle: oneOf(['background', 'underline', 'subtle'], 'background'),
  highlightDensity: oneOf(['calm', 'first', 'every'], 'calm'),
  hoverDelay: (value) =>
    typeof value === 'number' && Number.isFinite(value)
      ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, value)))
      : (hoverDelayItem.fallback as number),
  cardLanguage: oneOf(['browser', 'page', 'en', 'de'], 'browser'),
  showBadge: boolean(true),
  highlightEverywhere: boolean(false),
};

export const sanitizeSetting = <K extends keyof Settings>(key: K, value: unknown): Settings[K] =>
  SANITIZE[key](value ?? SETTING_ITEMS[key].fallback);

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
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void,
): () => void {
  const stops = KEYS.map((key) =>
    SETTING_ITEMS[key].watch((value: unknown) => onChange(key, sanitizeSetting(key, value))),
  );
  return () => stops.forEach((stop) => stop());
}

/** Saves one setting (the options page reports a failure, e.g. a full sync quota). */
export type SaveSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;
