import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: ['zh', 'j'], з: 'z', к: 'k', кс: ['ks', 'x'], л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: ['kh', 'ch'],
  ц: ['ts', 'z'], ч: ['ch', 'c'], ш: 'sh', щ: 'shch', ь: '', ю: ['ju', 'iu', 'yu'],
  я: ['ja', 'ia', 'ya'],
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: ['y', 'ij', 'i'], ый: ['y', 'ij'], ия: ['ia', 'ija'], ндр: ['ndr', 'nder'] },
  letters: {
    ...common, г: 'g', ге: ['ghe', 'ge'], ги: ['ghi', 'gi'], '^е': 'e', '~е': ['e', 'ie'],
    ё: ['io', 'jo'], и: 'i', й: ['j', 'i'], ъ: '', ы: ['y', 'i'], э: 'e',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: ['y', 'yj', 'ij'], ій: ['ij', 'ii', 'iy'], ія: ['ia', 'ija'], ндр: ['ndr', 'nder'] },
  letters: {
    ...common, г: ['h', 'g'], ґ: 'g', є: ['je', 'ie', 'ye'], '^є': ['je', 'ye'], и: 'y', і: 'i',
    ї: ['ji', 'i'], й: ['j', 'i'], "'": '',
  },
};

/**
 * Italian: the press's mix of the scientific transliteration (j for й and iotation: Umjerov,
 * Zelenskyj) and English forms (sh, kh, -y: Medinsky, Ushakov), with gh before e and i
 * (Serghei), as in the Treccani and Accademia della Crusca notes on Russian names in Italian.
 */
export const it: TranslitTable = {
  lang: 'it',
  convention:
    'Italian press usage: scientific transliteration and English forms (Treccani, Crusca)',
  ru,
  uk,
};
