import type { MessageKey } from '../i18n';

/**
 * What a problem says, unformatted: a message key of `public/_locales/<lang>/messages.json` with
 * its substitutions, or, where no key says it, a text shown as written: a validator's own detail
 * we have no message for, or an editorial rule only the bundled data's maintainers see
 * (`npm run data:check`, in English).
 */
export type ProblemMessage = { key: MessageKey; subs?: string[] } | { text: string };

/**
 * A reader-facing problem, kept structured until it is shown (formatProblem.ts): where it is and
 * what it says. Stored as is in a refresh status (`local:stories`), so its shape is a contract.
 */
export interface Problem {
  /**
   * The JSON path of the value at fault in the data file (`actors[3].names[0]`), which data
   * authors search their file for; `''` for the file's top-level value; absent for a problem of
   * the whole file or of the operation (a network failure, a full storage).
   */
  path?: string;
  message: ProblemMessage;
}

/** A problem said by a message key, at `path` (undefined: of the whole file or operation). */
export const problemAt = (path: string | undefined, key: MessageKey, ...subs: string[]): Problem =>
  path === undefined ? { message: { key, subs } } : { path, message: { key, subs } };
