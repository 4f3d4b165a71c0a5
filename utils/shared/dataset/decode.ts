import { err, ok, type Result } from '../result';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * The largest data file Dramatis reads, from any source (file, URL, paste). A story's cast is
 * far smaller (the bundled one is ~50 KB; 10,000 actors ~3 MB); the cap keeps a wrong or hostile
 * file from filling the browser's storage or freezing the options page.
 */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The problem for data over the cap; `bytes` when known (a file), else "more than" the cap. */
export function tooLargeProblem(bytes?: number, max = MAX_DATASET_BYTES): Problem {
  const limit = megabytes(max);
  const known = bytes !== undefined && megabytes(bytes) !== limit;
  return known
    ? problemAt(undefined, 'problemTooLarge', megabytes(bytes), limit)
    : problemAt(undefined, 'problemTooLargeUnknown', limit, limit);
}

/**
 * The UTF-8 length of a text, counted only as far as needed to tell whether it exceeds `limit`
 * (past that it returns some number above `limit`), so a 50 MB paste is not encoded to be refused.
 */
export function utf8Length(text: string, limit = MAX_DATASET_BYTES): number {
  if (text.length > limit) return limit + 1;
  if (text.length * 3 <= limit) return new TextEncoder().encode(text).length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads a data file's bytes as text: refuses data over {@link MAX_DATASET_BYTES} before decoding
 * it, and anything that is not UTF-8 (a UTF-16 or Latin-1 file would otherwise turn into
 * mojibake names that never match). A UTF-8 byte order mark is dropped.
 */
export function decodeDataset(bytes: Uint8Array): Result<string, Problem[]> {
  if (bytes.byteLength > MAX_DATASET_BYTES) return err([tooLargeProblem(bytes.byteLength)]);
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return err([problemAt(undefined, 'problemUtf16')]);
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return err([problemAt(undefined, 'problemNotUtf8', String(firstInvalidByte(bytes)))]);
  }
}

/** The offset of the first byte that breaks UTF-8, for the author to find it. */
function firstInvalidByte(bytes: Uint8Array): number {
  // The longest prefix that decodes (a prefix may end inside a character: `stream` allows
  // that), by bisection: validity of prefixes is monotonic.
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.byteLength;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodes(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
