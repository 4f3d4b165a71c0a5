import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';
import { bundledDataset } from '../../utils/shared/dataset/bundled';
import {
  CARD_MESSAGE_KEYS,
  cardTranslate,
  resolveCardLang,
} from '../../utils/shared/settings/cardLanguage';
import { withCategoryColors } from '../../utils/shared/settings/categoryColors';
import { loadSettings, SETTING_ITEMS, watchSettings } from '../../utils/platform/settings';
import { sanitizeSetting } from '../../utils/shared/settings/sanitizeSetting';
import { SETTINGS, type SettingName } from '../../utils/shared/settings/settingsTable';
import {
  isSitePaused,
  normalizeSite,
  siteMatches,
  withSitePaused,
} from '../../utils/shared/settings/sites';
import { hoverDelayItem, pausedSitesItem, siteModeItem } from '../../utils/platform/storage';
import { translatorFor } from '../support/translate';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sites', () => {
  it.each([
    ['www.Example.com', 'www.example.com'],
    ['  https://www.example.com/news/story?id=1 ', 'www.example.com'],
    ['example.com:8080/path', 'example.com'],
    ['*.Example.com', '*.example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['', undefined],
    ['not a site', undefined],
    ['*.', undefined],
    ['exa_mple.com', undefined],
    ['javascript:alert(1)', undefined],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it('matches a host exactly, and a wildcard on the domain and all subdomains', () => {
    expect(siteMatches('www.example.com', 'www.example.com')).toBe(true);
    expect(siteMatches('news.example.com', 'www.example.com')).toBe(false);
    expect(siteMatches('example.com', '*.example.com')).toBe(true);
    expect(siteMatches('a.b.example.com', '*.example.com')).toBe(true);
    expect(siteMatches('notexample.com', '*.example.com')).toBe(false);
  });

  const policy = {
    pausedSites: ['paused.example.org'],
    pausedEverywhere: false,
    siteMode: 'all' as const,
    allowedSites: ['*.news.example'],
  };

  it('pauses listed sites in the "all" mode', () => {
    expect(isSitePaused('paused.example.org', policy)).toBe(true);
    expect(isSitePaused('other.example.org', policy)).toBe(false);
  });

  it('runs only on allowed sites in the "listed" mode, and a paused site stays paused', () => {
    const listed = { ...policy, siteMode: 'listed' as const };
    expect(isSitePaused('www.news.example', listed)).toBe(false);
    expect(isSitePaused('other.example.org', listed)).toBe(true);
    expect(
      isSitePaused('paused.example.org', { ...listed, allowedSites: ['paused.example.org'] }),
    ).toBe(true);
  });

  it('pauses everything when paused everywhere', () => {
    expect(isSitePaused('www.news.example', { ...policy, pausedEverywhere: true })).toBe(true);
  });
});

describe('settings in storage', () => {
  it('reads every setting with its default on a fresh install', async () => {
    expect(await loadSettings()).toEqual({
      hiddenCategories: [],
      pausedSites: [],
      pausedEverywhere: false,
      siteMode: 'all',
      allowedSites: [],
      categoryColors: {},
      highlightStyle: 'background',
      highlightDensity: 'calm',
      hoverDelay: 500,
      cardLanguage: 'browser',
      showBadge: true,
      highlightEverywhere: false,
    });
  });

  it('reads them from sync storage in one call', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await loadSettings();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['hoverDelay', 99_999, 2000],
    ['hoverDelay', -5, 0],
    ['hoverDelay', 'slow', 500],
    ['hoverDelay', 333.4, 333],
    ['highlightStyle', 'blink', 'background'],
    ['highlightStyle', 'subtle', 'subtle'],
    ['highlightDensity', 'loud', 'calm'],
    ['highlightDensity', 'first', 'first'],
    ['cardLanguage', 'fr', 'browser'],
    ['siteMode', 'some', 'all'],
    ['pausedSites', ['a.org', 7, null], ['a.org']],
    [
      'categoryColors',
      { russia: '#112233', ukraine: 'red', x: 'url(javascript:1)' },
      { russia: '#112233' },
    ],
    ['categoryColors', ['#112233'], {}],
    ['showBadge', 'yes', true],
    ['highlightEverywhere', 'yes', false],
    ['highlightEverywhere', true, true],
  ] as const)('sanitizes %s %j to %j', (key, value, expected) => {
    expect(sanitizeSetting(key, value)).toEqual(expected);
  });

  it('sanitizes what it reads and what it watches', async () => {
    await fakeBrowser.storage.sync.set({ hoverDelay: 'fast', siteMode: 'listed' });
    expect(await loadSettings()).toMatchObject({ hoverDelay: 500, siteMode: 'listed' });
    const seen: [string, unknown][] = [];
    const stop = watchSettings((key, value) => seen.push([key, value]));
    await hoverDelayItem.setValue(5_000);
    await pausedSitesItem.setValue(['x.org']);
    await siteModeItem.setValue('all');
    stop();
    await hoverDelayItem.setValue(100);
    expect(seen).toEqual([
      ['hoverDelay', 2000],
      ['pausedSites', ['x.org']],
      ['siteMode', 'all'],
    ]);
  });
});

describe('the settings table', () => {
  const names = Object.keys(SETTINGS) as SettingName[];

  it('has one storage item per setting, with the table’s key, area, default and version', () => {
    expect(Object.keys(SETTING_ITEMS).sort()).toEqual([...names].sort());
    for (const name of names) {
      const { key, fallback } = SETTINGS[name];
      expect(key).toMatch(/^sync:/);
      expect(SETTING_ITEMS[name].key).toBe(key);
      expect(SETTING_ITEMS[name].fallback).toEqual(fallback);
    }
  });

  it('keeps the keys, areas and versions readers’ browsers already hold', () => {
    expect(
      Object.fromEntries(names.map((name) => [name, [SETTINGS[name].key, SETTINGS[name].version]])),
    ).toEqual({
      hiddenCategories: ['sync:hiddenCategories', 1],
      pausedSites: ['sync:pausedSites', 1],
      pausedEverywhere: ['sync:pausedEverywhere', 1],
      siteMode: ['sync:siteMode', 1],
      allowedSites: ['sync:allowedSites', 1],
      categoryColors: ['sync:categoryColors', 1],
      highlightStyle: ['sync:highlightStyle', 1],
      highlightDensity: ['sync:highlightDensity', 1],
      hoverDelay: ['sync:hoverDelay', 1],
      cardLanguage: ['sync:cardLanguage', 1],
      showBadge: ['sync:showBadge', 1],
      highlightEverywhere: ['sync:highlightEverywhere', 1],
    });
  });

  it('gives each setting a default its own values allow', () => {
    for (const name of names) {
      expect(sanitizeSetting(name, SETTINGS[name].fallback)).toEqual(SETTINGS[name].fallback);
    }
  });

  it('round-trips every allowed value through storage, byte for byte', async () => {
    const values = {
      hiddenCategories: ['russia'],
      pausedSites: ['a.org', '*.b.org'],
      pausedEverywhere: true,
      siteMode: 'listed',
      allowedSites: ['c.org'],
      categoryColors: { russia: '#112233' },
      highlightStyle: 'underline',
      highlightDensity: 'every',
      hoverDelay: 750,
      cardLanguage: 'de',
      showBadge: false,
      highlightEverywhere: true,
    } as const;
    for (const name of names) {
      expect(sanitizeSetting(name, values[name])).toEqual(values[name]);
      await SETTING_ITEMS[name].setValue(values[name] as never);
    }
    const stored = await fakeBrowser.storage.sync.get();
    expect(stored).toEqual(values);
    expect(await loadSettings()).toEqual(values);
  });

  it('sanitizes a stored value of the wrong shape to the table’s default', async () => {
    await fakeBrowser.storage.sync.set(
      Object.fromEntries(
        names.map((name) => [SETTINGS[name].key.slice('sync:'.length), 'not a value']),
      ),
    );
    const defaults = Object.fromEntries(names.map((name) => [name, SETTINGS[name].fallback]));
    expect(await loadSettings()).toEqual(defaults);
  });

  it('gives every reader their own copy of a default list or map', () => {
    const first = sanitizeSetting('pausedSites', undefined);
    first.push('x.org');
    expect(sanitizeSetting('pausedSites', undefined)).toEqual([]);
    expect(SETTINGS.pausedSites.fallback).toEqual([]);
  });
});

describe('category colours', () => {
  const dataset = bundledDataset();
  const [first, second] = dataset.categories;

  it('replaces the colours the reader chose, and only those', () => {
    const shown = withCategoryColors(dataset, { [first!.id]: '#123456', unknown: '#ffffff' });
    expect(shown.categories[0]).toEqual({ ...first, color: '#123456' });
    expect(shown.categories[1]).toBe(second);
    expect(shown.actors).toBe(dataset.actors);
    expect(dataset.categories[0]!.color).toBe(first!.color);
  });

  it('returns the dataset itself when nothing changes', () => {
    expect(withCategoryColors(dataset, {})).toBe(dataset);
    expect(withCategoryColors(dataset, { [first!.id]: first!.color })).toBe(dataset);
    expect(withCategoryColors(dataset, { [first!.id]: 'red' })).toBe(dataset);
  });
});

describe('card language', () => {
  it.each([
    ['browser', 'de-DE', 'en', 'en'],
    ['page', 'de-AT', 'en', 'de'],
    ['page', 'en', 'de', 'en'],
    ['page', 'fr', 'de', 'de'],
    ['page', '', 'en', 'en'],
    ['page', 'denglish', 'en', 'en'],
    ['de', 'en', 'en', 'de'],
    ['en', 'de', 'de', 'en'],
  ] as const)('%s on a page in %j, browser %s: %s', (setting, page, browserLang, expected) => {
    expect(resolveCardLang(setting, page, browserLang)).toBe(expected);
  });

  it('translates the card’s strings in either language, like the locale files', () => {
    const fallback = vi.fn(() => 'fallback');
    for (const lang of ['en', 'de'] as const) {
      const t = cardTranslate(lang, fallback);
      const reference = translatorFor(lang);
      expect(t('mentionsMany', ['2', '4'])).toBe(reference('mentionsMany', ['2', '4']));
      expect(t('roleOn', '14 May 2025')).toBe(reference('roleOn', '14 May 2025'));
      expect(t('cardClose')).toBe(reference('cardClose'));
    }
    expect(cardTranslate('de', fallback)('optionsTitle')).toBe('fallback');
  });

  it('carries every key the card’s components use', () => {
    const files = [
      'ActorCard',
      'DelegationBlock',
      'MentionNav',
      'PositionList',
      'QuoteBlock',
      'RoleLine',
      'RoundSwitcher',
    ].map((name) =>
      readFileSync(new URL(`../../components/card/${name}.tsx`, import.meta.url), 'utf8'),
    );
    const used = new Set(
      files.flatMap((source) => [...source.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]!)),
    );
    const keys = [...used].filter((key) => Object.hasOwn(en, key));
    expect(keys.length).toBeGreaterThan(10);
    expect(CARD_MESSAGE_KEYS).toEqual(expect.arrayContaining(keys));
  });
});

describe('withSitePaused (the popup switch)', () => {
  it('adds the host once, and resuming removes every entry covering it', () => {
    expect(withSitePaused(['a.org'], 'www.example.com', true)).toEqual([
      'a.org',
      'www.example.com',
    ]);
    expect(withSitePaused(['www.example.com'], 'www.example.com', true)).toEqual([
      'www.example.com',
    ]);
    expect(
      withSitePaused(['a.org', '*.example.com', 'www.example.com'], 'www.example.com', false),
    ).toEqual(['a.org']);
  });
});
