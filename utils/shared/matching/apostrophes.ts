/**
 * The apostrophes a name may be printed with: the ASCII one and the typographic variants the
 * press and keyboards use for it (’ ʼ ‘ ` ´). Folding straightens them all to `'`, and in
 * Cyrillic each marks the next vowel as iotated (Ukrainian "Мар’яна", typed "Мар`яна").
 */
export const APOSTROPHES: ReadonlySet<string> = new Set([
  "'",
  '\u2019',
  '\u02BC',
  '\u2018',
  '`',
  '\u00B4',
]);
