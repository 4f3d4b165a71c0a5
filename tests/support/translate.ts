import type { Translate } from '../../utils/shared/i18n';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';

/** One entry of a `messages.json` file, as browser extensions define it. */
interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Messages = Record<string, MessageEntry>;

const LOCALES: Record<'en' | 'de', Messages> = { en, de };

/**
 * Builds a {@link Translate} for tests that behaves like `browser.i18n.getMessage` on the real
 * locale files: named placeholders (`$name$`) resolve to their `content`, `$1`…`$9` take the
 * substitutions and `$$` is a literal dollar sign. Unlike the browser, which falls back to an
 * empty string, it throws on an unknown key or a missing substitution, so such a gap fails the
 * test that hits it instead of rendering quietly.
 */
export function translatorFor(locale: 'en' | 'de'): Translate {
  const messages = LOCALES[locale];
  return (key, substitutions) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry) throw new Error(`No message "${key}" in _locales/${locale}/messages.json`);
    const values =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    const withPlaceholders = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(
        ([candidate]) => candidate.toLowerCase() === name.toLowerCase(),
      );
      return placeholder ? placeholder[1].content : whole;
    });
    return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, token: string) => {
      if (token === '$') return '$';
      const value = values[Number(token) - 1];
      if (value === undefined) {
        throw new Error(`Message "${key}" (${locale}) needs substitution $${token}, none given`);
      }
      return value;
    });
  };
}

/** English UI strings, read from `public/_locales/en/messages.json`. */
export const t: Translate = translatorFor('en');

/** German UI strings, read from `public/_locales/de/messages.json`. */
export const tDe: Translate = translatorFor('de');
