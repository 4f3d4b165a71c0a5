import * as v from 'valibot';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { checkIntegrity } from './integrity';
import { err, ok, type Result } from '../result';

/**
 * Validates a candidate dataset, given as JSON text or as an already parsed value, before
 * anything is stored. On failure it lists every problem a data author needs to fix, each with
 * the path of the value at fault (`actors[12].names[0]: …`), so one round of edits is enough.
 */
export function validateDataset(input: unknown): Result<Dataset, string[]> {
  const parsed = typeof input === 'string' ? parseJson(input) : ok(input);
  if (!parsed.ok) return err([parsed.error]);
  const version = versionProblem(parsed.value);
  if (version) return err([version]);
  const result = v.safeParse(DatasetSchema, parsed.value);
  if (!result.success) return err(result.issues.map(describeIssue));
  const problems = checkIntegrity(result.output);
  return problems.length ? err(problems) : ok(result.output);
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    return err(`Not valid JSON: ${locate(text, (e as Error).message)}`);
  }
}

/** Adds a line and column to engine messages that only give a character position. */
function locate(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(position[1]));
  const lines = before.split('\n');
  return `${message} (line ${lines.length} column ${(lines.at(-1)?.length ?? 0) + 1})`;
}

function versionProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return `schemaVersion: this file uses schema version ${version}, but this version of Dramatis understands up to ${SCHEMA_VERSION}; update the extension first`;
  }
  return undefined;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}
