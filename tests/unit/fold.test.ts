import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/shared/matching/fold';

/** Characters that trip up naive case folding or normalisation, in one or two UTF-16 units. */
const TRICKY = [
  'İ', // Turkish capital dotted I: toLowerCase gives two units ("i̇")
  'ß',
  'ẞ',
  'ŉ', // toUpperCase gives two characters
  'ﬁ', // ligature
  'ǅ', // title case
  'ΐ', // decomposes into three code points
  'Ω',
  'K', // Kelvin sign
  'ё',
  'Ё',
  'й',
  'ğ',
  'Ğ',
  '\u0301', // combining acute accent on its own
  'e\u0301', // é, decomposed
  '\u2019', // right single quotation mark
  '\u2018',
  '\u02BC',
  '`',
  '\u00B4',
  '👍🏽', // emoji with skin-tone modifier: four units
  '🇺🇦',
  '\uD800', // a lone surrogate
  '\u00A0',
  '\t\n',
  'A',
  'z',
  '_',
  '`a',
  '字',
  'ﷺ',
];

/** A deterministic pseudo-random generator, so a failing input can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomStrings(count: number): string[] {
  const next = random(42);
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 12);
    return Array.from({ length }, () => TRICKY[Math.floor(next() * TRICKY.length)]).join('');
  });
}

describe('fold', () => {
  it.each(TRICKY)('keeps the length of %j', (text) => {
    expect(fold(text)).toHaveLength(text.length);
  });

  it('keeps the length of every mix of tricky characters', () => {
    for (const text of randomStrings(2000)) {
      expect(fold(text).length, JSON.stringify(text)).toBe(text.length);
    }
  });

  it('keeps the length of every single BMP code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (fold(char).length !== 1)
        throw new Error(`fold changes the length of U+${code.toString(16)}`);
    }
  });

  it('is idempotent', () => {
    for (const text of randomStrings(500)) expect(fold(fold(text))).toBe(fold(text));
  });

  it('lowercases', () => {
    expect(fold('VLADIMIR PUTIN')).toBe('vladimir putin');
    expect(fold('ВЛАДИМИР Путин')).toBe('владимир путин');
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('strips diacritics', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('ERDOĞAN')).toBe('erdogan');
    expect(fold('Luiz Inácio')).toBe('luiz inacio');
    expect(fold('Ёлка, ёж')).toBe('елка, еж');
    expect(fold('Зеленський')).toBe('зеленськии');
  });

  it('folds Turkish dotless ı and dotted İ to i, so "Kalın" meets "Kalin" (issue 15)', () => {
    expect(fold('İbrahim Kalın')).toBe('ibrahim kalin');
    expect(fold('KALIN')).toBe('kalin');
    expect(fold('Çırağan')).toBe('ciragan');
    expect(fold('Kalın')).toBe(fold('Kalin'));
  });

  it('leaves letters without diacritics alone, apart from case', () => {
    expect(fold('Selenskyj')).toBe('selenskyj');
    expect(fold('Straße')).toBe('straße');
  });

  it('straightens curly and other apostrophes', () => {
    expect(fold('Putin’s')).toBe("putin's");
    expect(fold('Putin‘s Putinʼs Putin`s Putin´s')).toBe("putin's putin's putin's putin's");
  });

  it('keeps offsets: a name found in the folded text is the same span of the original', () => {
    const text = '👍🏽 İ said ERDOĞAN’s plan';
    const at = fold(text).indexOf("erdogan's");
    expect(text.slice(at, at + "erdogan's".length)).toBe('ERDOĞAN’s');
  });
});
