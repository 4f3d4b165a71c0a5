import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../support/importGraph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The path from the content script's entry to the first mark, as the README tells it: five
 * files, each importing the next (no hidden layers between them). Each step's JSDoc says which
 * step it is.
 */
const CHAIN = [
  'entrypoints/content/index.ts',
  'utils/content/startDramatis.ts',
  'utils/content/StoryPage.ts',
  'utils/content/highlight/highlightPage.ts',
  'utils/content/highlight/Highlighter.ts',
];

describe('the content script path to the first mark', () => {
  it.each(CHAIN.slice(0, -1).map((file, i) => [file, CHAIN[i + 1]!]))(
    '%s imports %s',
    (file, next) => {
      const targets = importsOf(ROOT, file)
        .filter((i) => !i.typeOnly)
        .map((i) => i.target);
      expect(targets).toContain(next);
    },
  );
});
