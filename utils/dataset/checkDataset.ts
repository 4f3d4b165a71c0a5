import * as v from 'valibot';
import { checkIntegrity } from './integrity';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { err, ok, type Result } from '../result';

/**
 * Validates an already parsed dataset (e.g. one read back from storage): the schema version,
 * the schema, then references and names. Kept apart from JSON parsing so the content script,
 * which only ever checks stored values, does not carry the JSON error locator.
 */
export function checkDataset(value: unknown): Result<Dataset, string[]> {
  const version = versionProblem(value);
  if (version) return err([version]);
  const result = v.safeParse(DatasetSchema, value);
  if (!result.success) return err(result.issues.map(describeIssue));
  const problems = checkIntegrity(result.output);
  return problems.length ? err(problems) : ok(result.output);
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
