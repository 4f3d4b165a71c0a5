import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', к: 'k', кс: ['x', 'ks'], л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'j', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sch', ь: '', ю: ['iu', 'yu'], я: ['ia', 'ya'],
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: ['i', 'y'], ый: 'i', ия: 'ía', ндр: 'ndr' },
  letters: {
    ...common, г: 'g', ге: ['gue', 'ge'], ги: 'gui', '^е': 'ye', '~е': ['ye', 'e'], ё: ['io', 'yo'], и: 'i',
    й: ['i', 'y'], ъ: '', ы: 'i', э: 'e',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: ['i', 'y'], ій: ['ii', 'iy', 'i'], ндр: 'ndr' },
  letters: {
    ...common, г: ['h', 'g'], ґ: 'g', є: ['e', 'ie', 'ye'], '^є': 'ye', и: ['i', 'y'], і: 'i',
    ї: 'i', й: 'i', "'": '',
  },
};

/**
 * Spanish: the Fundéu BBVA / RAE recommendation for Russian and Ukrainian names (j for х, sh for
 * ш, i for й, -i for -ий, gu before e and i: Mijaíl, Serguéi, Medinski, Zelenski, Umérov), as in
 * the Ortografía de la lengua española (2010), and Fundéu's notes on the war's names.
 */
export const es: TranslitTable = {
  lang: 'es',
  convention: 'Fundéu BBVA / RAE Ortografía 2010',
  ru,
  uk,
};
