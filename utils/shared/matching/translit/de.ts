import type { ScriptRules, TranslitTable } from './table';

// prettier-ignore
const common: Record<string, string | readonly string[]> = {
  а: 'a', б: 'b', в: 'w', д: 'd', е: 'e', ж: 'sch', з: 's', к: 'k', кс: ['x', 'ks'], л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z',
  ч: 'tsch', ш: 'sch', щ: 'schtsch', ь: '', ю: 'ju', я: 'ja',
};

// prettier-ignore
const ru: ScriptRules = {
  endings: { ий: ['i', 'ij'], ый: 'y', ия: ['ia', 'ija'], ндр: ['nder', 'ndr'] },
  letters: {
    ...common, г: 'g', '^е': 'je', '~е': 'je', ё: 'jo', и: 'i', й: 'j', ъ: '', ы: 'y', э: 'e',
  },
};

// prettier-ignore
const uk: ScriptRules = {
  endings: { ий: 'yj', ій: 'ij', ія: ['ia', 'ija'], ндр: ['nder', 'ndr'] },
  letters: { ...common, г: 'h', ґ: 'g', є: 'je', и: 'y', і: 'i', ї: 'ji', й: 'j', "'": '' },
};

/**
 * German: the Duden transcription the German press uses (w for в, sch for ж/ш, s for з, j for
 * й and iotation: Lawrow, Uschakow, Peskow, Galusin, Kostjukow, Selenskyj, Jermak). Described in
 * Duden, "Die deutsche Rechtschreibung", Transkription des Russischen; Ukrainian after the
 * Ständiger Ausschuss für geographische Namen (StAGN), which the press follows (Selenskyj).
 */
export const de: TranslitTable = {
  lang: 'de',
  convention: 'Duden transcription (ru), StAGN/press usage (uk)',
  ru,
  uk,
};
