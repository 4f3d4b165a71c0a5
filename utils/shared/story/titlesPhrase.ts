import type { MessageKey, Translate } from '../i18n';

/** The message keys of one sentence about stories: for one title, for two, for more. */
export interface TitleKeys {
  /** `$1`: the quoted title. */
  one: MessageKey;
  /** `$1`, `$2`: the two quoted titles. */
  two: MessageKey;
  /** `$1`: how many; `$2`: the quoted titles, comma-separated. */
  many: MessageKey;
}

/**
 * A sentence naming stories by their titles, each quoted the reader's language's way ("…" or
 * „…“), in the grammar of one, two or more (German "weder … noch" needs its own sentence for two).
 * Titles are data: they end up as text nodes, never as markup.
 */
export function titlesPhrase(titles: readonly string[], keys: TitleKeys, t: Translate): string {
  const quoted = titles.map((title) => t('storyQuoted', title));
  if (quoted.length === 1) return t(keys.one, quoted);
  if (quoted.length === 2) return t(keys.two, quoted);
  return t(keys.many, [String(quoted.length), quoted.join(', ')]);
}
