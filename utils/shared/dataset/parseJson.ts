import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { err, ok, type Result } from '../result';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * Parses a data file's JSON (a leading byte-order mark is allowed). A syntax error is reported
 * with its line and column, which engines do not always give (V8 says only "Unexpected token"
 * for a missing value or a trailing comma); jsonc-parser, run only on failure, finds the spot.
 * The engine's own text stays as written (it is the browser's, in no language of ours).
 */
export function parseJson(text: string): Result<unknown, Problem> {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return ok(JSON.parse(source));
  } catch (e) {
    const message = (e as Error).message;
    const detail = `${message}${/line \d+/.test(message) ? '' : locate(source)}`;
    return err(problemAt(undefined, 'problemJson', detail));
  }
}

function locate(source: string): string {
  const errors: ParseError[] = [];
  try {
    parse(source, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // jsonc-parser recurses per nesting level: a hostile file nested ~10,000 deep overflows the
    // stack. The engine's own message (and its position, if any) is all there is to say then.
    return '';
  }
  const first = errors[0];
  if (!first) return '';
  const lines = source.slice(0, first.offset).split('\n');
  const line = lines.length;
  const column = (lines.at(-1)?.length ?? 0) + 1;
  return ` (line ${line} column ${column}: ${printParseErrorCode(first.error)})`;
}
