import { APOSTROPHES } from './apostrophes';

const foldedChars = new Map<string, string>();
/** Letters without a decomposition that the press writes both ways: Turkish dotless ı (Kalın = Kalin). */
const BASE_LETTERS: Readonly<Record<string, string>> = { ı: 'i' };

/**
 * Folds one UTF-16 code unit to the character the matcher compares: lower case, without
 * diacritics (ğ → g, É → e, ё → е, dotless ı → i), curly apostrophes straightened. Always exactly one code
 * unit, so folded text keeps the offsets of the original and a hit maps straight back to it.
 */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const base = APOSTROPHES.has(char)
      ? "'"
      : (BASE_LETTERS[char] ?? char.normalize('NFD')[0] ?? char);
    const lower = base.toLowerCase();
    folded = lower.length === 1 ? lower : base;
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds text for case- and diacritic-insensitive matching, keeping its length. We fold
 * ourselves instead of using a RegExp `iu` pattern because V8 (Node 20) is pathologically
 * slow with both flags, and because `toLowerCase` alone changes the length of some strings.
 */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point
  if (/^[\x00-\x5f\x61-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}
