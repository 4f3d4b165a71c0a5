import type { Quote } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';

/**
 * A quote in the speaker's own words (marked with their language, so screen readers and
 * hyphenation treat it right) and, below it, our translation into the card's language, marked as
 * a translation. No translation is shown when the words are in the card's language already.
 */
export function QuoteBlock({ quote, lang, t }: { quote: Quote; lang: DataLang; t: Translate }) {
  const translation = quote.lang === lang ? undefined : quote.translations?.[lang];
  return (
    <>
      <blockquote lang={quote.lang}>“{quote.text}”</blockquote>
      {translation && (
        <p class="translation" lang={lang}>
          “{translation}” <span class="muted">({t('quoteTranslationOf')})</span>
        </p>
      )}
    </>
  );
}
