import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How the built content script asks for the card's shadow root, and the one word changed. */
const CLOSED = 'mode:"closed"';
const OPEN = 'mode:"open"';

/**
 * A copy of a built extension (`.output/chrome-mv3` or `.output/firefox-mv2`) whose card has an
 * open shadow root. The shipped card's root is closed, so no page can read or rewrite the card;
 * Playwright's locators and puppeteer's `>>>` cannot enter a closed root either. Tests that drive
 * the card's buttons and read its text load this copy, which differs from the build in that one
 * word: the copy is refused unless the word occurs exactly once. That the shipped root is closed
 * is checked against the build itself (`tests/e2e/chromium/pageSteering.test.ts`). There is one
 * copy per build directory, made afresh at each call (e2e files run one at a time).
 */
export function withOpenCard(dir: string): string {
  const id = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  const copy = join(tmpdir(), `dramatis-open-card-${id}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true });
  const file = join(copy, 'content-scripts', 'content.js');
  const code = readFileSync(file, 'utf8');
  const found = code.split(CLOSED).length - 1;
  if (found !== 1) {
    throw new Error(
      `Expected the card's closed shadow root (${CLOSED}) once in ${file}, found it ${found} ` +
        'times: has createCardHost changed?',
    );
  }
  writeFileSync(file, code.replace(CLOSED, OPEN));
  return copy;
}
