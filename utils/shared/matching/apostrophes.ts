/**
 * Every character the press uses as an apostrophe: the straight one, the curly ones, the
 * modifier letter (Ukrainian names: "Мар'яна", "Марʼяна") and the grave and acute accents typed
 * in its place. Matching folds them all to the straight one ({@link fold}); transliteration
 * reads one after a consonant as a hard sign; a name may continue past one ("Xi'an").
 */
export const APOSTROPHES: ReadonlySet<string> = new Set([
  "'",
  '\u2019',
  '\u02BC',
  '\u2018',
  '`',
  '\u00B4',
]);

/** Whether `char` is one of the {@link APOSTROPHES}. */
export const isApostrophe = (char: string | undefined): boolean =>
  char !== undefined && APOSTROPHES.has(char);
