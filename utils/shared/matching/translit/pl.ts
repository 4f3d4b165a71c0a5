import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'w', д: 'd', ж: 'ż', з: 'z', к: 'k', кс: 'ks', л: 'ł', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz',
  щ: 'szcz', ь: '', '^ю': 'ju', '~ю': 'ju', ю: 'iu', '^я': 'ja', '~я': 'ja', я: 'ia',
  ль: 'l', лю: 'lu', ля: 'la',
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: 'ij', ый: 'y', ия: 'ia', ский: 'ski', цкий: 'cki' },
  letters: {
    ...common, г: 'g', '^е': 'je', '~е': 'je', е: 'ie', же: 'że', ше: 'sze', це: 'ce',
    че: 'cze', ле: 'le', ё: 'io', и: 'i', ли: 'li', жи: 'ży', ши: 'szy', ци: 'cy',
    й: 'j', ъ: '', ы: 'y', э: 'e',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: 'y', ій: 'ij', ський: 'ski', цький: 'cki' },
  letters: {
    ...common, г: 'h', ґ: 'g', е: 'e', '^є': 'je', '~є': 'je', є: 'ie', лє: 'le', и: 'y',
    і: 'i', лі: 'li', ї: 'ji', й: 'j', "'": '',
  },
};

/**
 * Polish: the transcription rules of the Polish Language Council and PWN (Zasady pisowni, §
 * 80-81: w for в, sz, cz, ż, ł for л except before soft vowels, ie for е after a consonant in
 * Russian: Ławrow, Pieskow, Umierow, Siergiej; Ukrainian е stays e: Zełenski, Wołodymyr).
 */
export const pl: TranslitTable = {
  lang: 'pl',
  convention: 'PWN / Rada Języka Polskiego transcription (Zasady pisowni §80-81)',
  ru,
  uk,
};
