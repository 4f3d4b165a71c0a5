import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'j', з: 'z', к: 'k', кс: ['x', 'ks'], л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'ou', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'tch', ш: 'ch', щ: 'chtch', ь: '', ю: 'iou', я: 'ia',
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: ['i', 'y'], ый: 'y', ин: ['ine', 'in'], ндр: 'ndre' },
  letters: {
    ...common, г: 'g', ге: 'gue', ги: 'gui', '^е': 'ie', '~е': 'ie', ё: 'io', и: 'i', '~и': 'ï',
    й: 'ï', ъ: '', ы: 'y', э: 'e',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: ['y', 'i', 'yi'], ій: ['iï', 'ii', 'iy'], ін: ['ine', 'in'], ндр: 'ndre' },
  letters: {
    ...common, г: 'h', ґ: 'g', у: ['ou', 'u'], є: 'ie', и: ['y', 'i'], і: 'i', ї: 'ï', й: 'ï', я: ['ia', 'ya'],
    "'": '',
  },
};

/**
 * French: the traditional French transcription of Russian the French press uses (ou for у, ch
 * for ш, j for ж, -ine for -ин, ï for й: Oumerov, Ouchakov, Galouzine, Poutine, Sergueï), as
 * described in the Lexique des règles typographiques en usage à l'Imprimerie nationale; Ukrainian
 * names after the same letter values (Iermak, Andriï, Sybiha).
 */
export const fr: TranslitTable = {
  lang: 'fr',
  convention: 'French press transcription (Imprimerie nationale)',
  ru,
  uk,
};
