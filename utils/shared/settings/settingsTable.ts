/**
 * The values a setting may take: one of a list, a whole number in a range, a switch, a list of
 * strings, or colours (`#rrggbb`) by category id. sanitizeSetting.ts checks stored values against it.
 */
export type ValueSpec =
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'strings' }
  | { kind: 'colors' };

/** The type of the values a spec allows. */
type ValueOf<S extends ValueSpec> = S extends { kind: 'oneOf'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'range' }
    ? number
    : S extends { kind: 'boolean' }
      ? boolean
      : S extends { kind: 'strings' }
        ? string[]
        : Record<string, string>;

interface Entry {
  /** The storage key; the area (`sync:`/`local:`) before the colon. */
  key: `${'sync' | 'local'}:${string}`;
  /** The storage item's version (WXT's `version`). */
  version: number;
  values: ValueSpec;
  /** The value when storage holds none, or one of the wrong shape. */
  fallback: unknown;
}

/**
 * Every reader setting, once: its storage key and area, its storage version, the values it
 * allows and its default. The `Settings` type, the value types (settingValues.ts), the storage
 * items (utils/platform/storage.ts) and the sanitiser (sanitizeSetting.ts) derive from it.
 * Settings live in `sync`, so they follow the reader's browser profile. Keys, versions and
 * defaults are what readers' browsers already hold: change one only with a migration. The order
 * is the order `watchSettings` subscribes in.
 */
export const SETTINGS = {
  /** Ids of the categories whose highlights the reader switched off. */
  hiddenCategories: {
    key: 'sync:hiddenCategories',
    version: 1,
    values: { kind: 'strings' },
    fallback: [],
  },
  /** Host names (e.g. "www.example.com") where the reader paused Dramatis. */
  pausedSites: { key: 'sync:pausedSites', version: 1, values: { kind: 'strings' }, fallback: [] },
  /** True while the reader paused Dramatis on every site. */
  pausedEverywhere: {
    key: 'sync:pausedEverywhere',
    version: 1,
    values: { kind: 'boolean' },
    fallback: false,
  },
  /** Where Dramatis runs: everywhere except paused sites, or only on the listed sites. */
  siteMode: {
    key: 'sync:siteMode',
    version: 1,
    values: { kind: 'oneOf', values: ['all', 'listed'] },
    fallback: 'all',
  },
  /** Host names where Dramatis runs while the site mode is `listed` ("*.example.com" for all). */
  allowedSites: { key: 'sync:allowedSites', version: 1, values: { kind: 'strings' }, fallback: [] },
  /** Colours the reader chose per category id (`#rrggbb`), overriding the dataset's. */
  categoryColors: {
    key: 'sync:categoryColors',
    version: 1,
    values: { kind: 'colors' },
    fallback: {},
  },
  /** How highlights look (see HighlightStyle in settingValues.ts). */
  highlightStyle: {
    key: 'sync:highlightStyle',
    version: 1,
    values: { kind: 'oneOf', values: ['background', 'underline', 'subtle'] },
    fallback: 'background',
  },
  /** How many mentions are styled in full (see HighlightDensity in settingValues.ts). */
  highlightDensity: {
    key: 'sync:highlightDensity',
    version: 1,
    values: { kind: 'oneOf', values: ['calm', 'first', 'every'] },
    fallback: 'calm',
  },
  /** How long (ms) the pointer rests on a highlight before its card opens. */
  hoverDelay: {
    key: 'sync:hoverDelay',
    version: 1,
    values: { kind: 'range', min: 0, max: 2000 },
    fallback: 500,
  },
  /** The card's language (see CardLanguage in settingValues.ts). */
  cardLanguage: {
    key: 'sync:cardLanguage',
    version: 1,
    values: { kind: 'oneOf', values: ['browser', 'page', 'en', 'de'] },
    fallback: 'browser',
  },
  /** Whether the toolbar badge shows how many actors the current page names. */
  showBadge: { key: 'sync:showBadge', version: 1, values: { kind: 'boolean' }, fallback: true },
  /**
   * True: every page gets the cast of every enabled story ("Highlight on every page"); false
   * (the default): only pages about a story get its cast, and a page about none is left untouched.
   */
  highlightEverywhere: {
    key: 'sync:highlightEverywhere',
    version: 1,
    values: { kind: 'boolean' },
    fallback: false,
  },
} as const satisfies Record<string, Entry>;

/** A reader setting's name. */
export type SettingName = keyof typeof SETTINGS;

/** Every reader setting, as the content script and the options page use them. */
export type Settings = { -readonly [K in SettingName]: ValueOf<(typeof SETTINGS)[K]['values']> };

/** Saves one setting (the options page reports a failure, e.g. a full sync quota). */
export type SaveSetting = <K extends SettingName>(key: K, value: Settings[K]) => void;
