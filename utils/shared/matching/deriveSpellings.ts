import { COMMON_WORD_SPELLINGS } from './commonWords';
import { fold } from './fold';
import { TRANSLIT_TABLES, transliterateName, type SourceLang } from './transliterate';

/** What the generator reads of an actor: whether it is a person, and its native names. */
export interface SpellingSource {
  kind: 'person' | 'institution';
  /** Language tag → the name in that language's script (`{"ru": "Рустем Умеров"}`). */
  nativeNames?: Readonly<Record<string, string>>;
  /** Which native name is the actor's own (`ru`, `uk`, …). */
  nativeLang?: string;
}

/** The source scripts the tables read, in the order their spellings are listed. */
const SOURCES: readonly SourceLang[] = ['ru', 'uk'];

/**
 * The Latin spellings the press of each target language (en, de, fr, es, it, pl) prints for a
 * person, derived from their Russian and Ukrainian native names by the tables in
 * `translit/`: each full name ("Rustem Umjerow") and each surname alone ("Umjerow"), and the
 * native surname alone ("Умєров"). A first
 * name alone is never a name, so it is never derived, nor is a surname that is an ordinary word
 * (`COMMON_WORD_SPELLINGS`). Institutions are not transliterated: their
 * names are translated, and the data lists them.
 */
export function deriveSpellings(actor: SpellingSource): string[] {
  if (actor.kind !== 'person') return [];
  const spellings = new Set<string>();
  for (const source of SOURCES) {
    const native = actor.nativeNames?.[source];
    if (!native) continue;
    const nativeSurname = native.trim().split(/\s+/).at(-1);
    if (nativeSurname && nativeSurname !== native.trim()) spellings.add(nativeSurname);
    // The press writes a Russian's name from the Russian form; only Ukrainians' names are
    // transliterated from both (Umerov and Umjerow).
    if (source === 'uk' && actor.nativeLang === 'ru') continue;
    for (const table of TRANSLIT_TABLES) {
      for (const name of transliterateName(native, table, source)) {
        spellings.add(name);
        const surname = name.split(' ').at(-1);
        if (surname && surname !== name && !COMMON_WORD_SPELLINGS.has(fold(surname)))
          spellings.add(surname);
      }
    }
  }
  return [...spellings];
}
