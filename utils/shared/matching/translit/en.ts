import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', к: 'k', кс: ['x', 'ks'], л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: ['y', 'iy', 'i'], ый: ['y', 'iy'], ия: ['ia', 'iya'], ндр: ['nder', 'ndr'] },
  letters: {
    ...common, г: 'g', '^е': 'ye', '~е': 'ye', ё: ['yo', 'e'], и: 'i', й: ['y', 'i'], ъ: '',
    ы: 'y', э: 'e', ю: 'yu', я: 'ya',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: ['yy', 'y', 'iy', 'yi'], ій: ['ii', 'iy'], ія: ['ia', 'iia', 'iya'], ндр: ['nder', 'ndr'] },
  letters: {
    ...common, г: 'h', ґ: 'g', є: ['ye', 'ie'], '^є': 'ye', и: 'y', і: 'i', ї: ['yi', 'i'],
    '^ї': 'yi', й: ['y', 'i'], ю: ['yu', 'iu'], '^ю': 'yu', я: ['ya', 'ia'], '^я': 'ya', "'": '',
  },
};

/**
 * English: BGN/PCGN romanisation (1947 for Russian, 1965 for Ukrainian), which Reuters, AP and
 * the BBC follow with their own endings (-y for -ий: Medinsky, Zelensky), and Ukraine's official
 * 2010 system (Cabinet resolution 55: Zelenskyy, Andrii, Umierov) that Kyiv asks outlets to use.
 * Both give the variants the English press prints side by side (Zelensky, Zelenskyy, Zelenskiy).
 */
export const en: TranslitTable = {
  lang: 'en',
  convention: 'BGN/PCGN (ru 1947, uk 1965) and Ukrainian national 2010 (KMU 55)',
  ru,
  uk,
};
