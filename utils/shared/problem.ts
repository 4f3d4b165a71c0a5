import type { MessageKey } from './i18n';

/**
 * A reader-facing problem: a message key of `public/_locales/<lang>/messages.json` with its
 * substitutions, or (for problems in a data file, written for its author) a plain text.
 */
export type Problem = string | { key: MessageKey; subs?: string[] };
