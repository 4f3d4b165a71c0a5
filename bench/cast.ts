import { bundledDataset } from '../utils/shared/dataset/bundled';
import type { Dataset } from '../utils/shared/dataset/schema';

const SYLLABLES = [
  'ka',
  'lo',
  've',
  'mi',
  'tar',
  'sun',
  'bel',
  'dor',
  'qui',
  'zen',
  'ra',
  'po',
  'lin',
  'gus',
  'fe',
  'nor',
];

/** The same syllables in Cyrillic, for native names the spelling generator reads. */
const CYRILLIC = [
  'ка',
  'ло',
  'ве',
  'ми',
  'тар',
  'сун',
  'бел',
  'дор',
  'кві',
  'зен',
  'ра',
  'по',
  'лин',
  'гус',
  'фе',
  'нор',
];

/** A deterministic made-up word of `count` syllables from a number (no real names, no words). */
function word(n: number, count: number, syllables: readonly string[] = SYLLABLES): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += syllables[n % syllables.length];
    n = Math.floor(n / SYLLABLES.length) + i * 7;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * The bundled dataset plus `actors` synthetic actors with `names` spellings each, so the cast
 * is large but the seed's real actors still appear on the bench pages. With `native`, each
 * synthetic person also has Russian and Ukrainian native names, so the spelling generator
 * (issue 15) has as much to derive as for a real cast.
 */
export function syntheticDataset(actors: number, names: number, native = false): Dataset {
  const base = bundledDataset();
  const extra = Array.from({ length: actors }, (_, i) => {
    const family = `${word(i, 3)}${word(i + 9, 2).toLowerCase()}`;
    const spellings = Array.from({ length: names }, (_, j) =>
      j === 0
        ? `${word(i + 3, 2)} ${family}`
        : `${family}${['ov', 'ow', 'off', 'of', 'ev'][j - 1] ?? j}`,
    );
    return {
      ...base.actors[0]!,
      id: `synthetic-${i}`,
      name: spellings[0]!,
      nativeNames: undefined,
      nativeLang: undefined,
      ...(native && {
        nativeNames: {
          ru: `${word(i + 3, 2, CYRILLIC)} ${word(i, 3, CYRILLIC)}ов`,
          uk: `${word(i + 3, 2, CYRILLIC)} ${word(i, 3, CYRILLIC)}єв`,
        },
        nativeLang: 'ru',
      }),
      names: spellings,
      // Not the first actor's: its `notNames` name none of these, so the file would be refused.
      notNames: undefined,
      positions: [],
    };
  });
  return {
    ...base,
    title: `${base.title} + ${actors} synthetic actors`,
    actors: [...base.actors, ...extra],
  };
}

/** Every name of every actor, for the naive mark.js baseline. */
export const allNames = (dataset: Dataset): string[] =>
  dataset.actors.flatMap((a) =>
    a.names.map((n) => (typeof n === 'string' ? n : (n as { text: string }).text)),
  );

/** Endings that turn a synthetic family name into five different first words. */
const FORMS = ['', 'ov', 'ev', 'in', 'ski'];

/**
 * A cast at the dataset limits (`utils/shared/dataset/limits.ts`): the bundled actors plus 1,940
 * synthetic ones with ten names each (five one-word names, each also the first word of a
 * two-word name), ~19,700 names with ~9,900 different first words: the most a valid file can
 * ask the matcher to compile. A unit test checks that it is valid and close to both limits.
 */
export function largestAllowedDataset(actors = 1_940): Dataset {
  const base = syntheticDataset(actors, 1);
  const synthetic = base.actors.slice(-actors).map((actor, i) => {
    const family = (actor.names[0] as string).split(' ')[1]!;
    const first = FORMS.map((form) => `${family}${form}`);
    const names = [...first, ...first.map((word) => `${word} ${word.slice(0, 4)}a`)];
    return { ...actor, id: `limit-${i}`, name: names[5]!, names };
  });
  return {
    ...base,
    title: `${bundledDataset().title} + ${actors} actors at the limits`,
    actors: [...base.actors.slice(0, -actors), ...synthetic],
  };
}
