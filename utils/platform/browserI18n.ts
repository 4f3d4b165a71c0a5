import { browser } from 'wxt/browser';
import { dataLangFor, type DataLang, type Translate } from '../shared/i18n';

// WXT's generated i18n typings do not merge with the polyfill's; this is the part we use.
const i18n = browser.i18n as unknown as {
  getMessage: (key: string, substitutions?: string | string[]) => string;
};

/** {@link Translate} backed by `browser.i18n`; falls back to the key so a gap is visible. */
export const browserTranslate: Translate = (key, substitutions) =>
  i18n.getMessage(key, substitutions) || key;

/** The data language matching the browser's UI language. */
export const browserDataLang = (): DataLang => dataLangFor(browser.i18n.getUILanguage());
