import * as de from '../../../public/_locales/de/messages.json';
import * as en from '../../../public/_locales/en/messages.json';
import { dataLangFor, type DataLang, type MessageKey, type Translate } from '../i18n';
import type { CardLanguage } from './settingValues';

/**
 * The language a card is shown in: the browser's, the page's (`<html lang>`, when it is German
 * or English; else the browser's), or the one the reader fixed.
 */
export function resolveCardLang(
  setting: CardLanguage,
  pageLang: string,
  browserLang: DataLang,
): DataLang {
  if (setting === 'en' || setting === 'de') return setting;
  if (setting === 'page' && /^(en|de)\b/i.test(pageLang.trim())) return dataLangFor(pageLang);
  return browserLang;
}

type Entry = { message: string };

/**
 * The card's strings in both languages, picked one by one so the content script's bundle
 * carries only these (the browser's `i18n` serves the browser's language only, so a card in
 * another language needs its own copy). A test checks that the card uses no other keys.
 */
const CARD_MESSAGES: Record<DataLang, Partial<Record<MessageKey, Entry>>> = {
  en: {
    asOf: en.asOf,
    cardBack: en.cardBack,
    cardClose: en.cardClose,
    cardPin: en.cardPin,
    delegationExpert: en.delegationExpert,
    delegationHead: en.delegationHead,
    delegationMember: en.delegationMember,
    delegationOthers: en.delegationOthers,
    mentionNext: en.mentionNext,
    mentionPrevious: en.mentionPrevious,
    mentionsCount: en.mentionsCount,
    mentionsLabel: en.mentionsLabel,
    mentionsMany: en.mentionsMany,
    mentionsNone: en.mentionsNone,
    mentionsOne: en.mentionsOne,
    noPositions: en.noPositions,
    positions: en.positions,
    provenance: en.provenance,
    quoteTranslationOf: en.quoteTranslationOf,
    roleLater: en.roleLater,
    roleOn: en.roleOn,
    roleSince: en.roleSince,
    roleUntil: en.roleUntil,
    roundsLabel: en.roundsLabel,
  },
  de: {
    asOf: de.asOf,
    cardBack: de.cardBack,
    cardClose: de.cardClose,
    cardPin: de.cardPin,
    delegationExpert: de.delegationExpert,
    delegationHead: de.delegationHead,
    delegationMember: de.delegationMember,
    delegationOthers: de.delegationOthers,
    mentionNext: de.mentionNext,
    mentionPrevious: de.mentionPrevious,
    mentionsCount: de.mentionsCount,
    mentionsLabel: de.mentionsLabel,
    mentionsMany: de.mentionsMany,
    mentionsNone: de.mentionsNone,
    mentionsOne: de.mentionsOne,
    noPositions: de.noPositions,
    positions: de.positions,
    provenance: de.provenance,
    quoteTranslationOf: de.quoteTranslationOf,
    roleLater: de.roleLater,
    roleOn: de.roleOn,
    roleSince: de.roleSince,
    roleUntil: de.roleUntil,
    roundsLabel: de.roundsLabel,
  },
};

/** The keys {@link cardTranslate} knows in both languages. */
export const CARD_MESSAGE_KEYS = Object.keys(CARD_MESSAGES.en) as MessageKey[];

/**
 * A {@link Translate} for the card in `lang`, substituting `$1`…`$9` (and `$$`) as
 * `i18n.getMessage` does; a key it does not carry goes to `fallback` (the browser's strings).
 */
export function cardTranslate(lang: DataLang, fallback: Translate): Translate {
  const messages = CARD_MESSAGES[lang];
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return fallback(key, substitutions);
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$(\$|[1-9])/g, (_, token: string) =>
      token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
    );
  };
}
