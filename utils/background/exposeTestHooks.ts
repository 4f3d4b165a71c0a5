import { handleCommand } from './commands';

/** The name end-to-end tests call the keyboard-shortcut handler by, in the background's scope. */
export const TEST_HOOK = 'dramatisHandleCommand';

/**
 * Gives end-to-end tests the keyboard-shortcut handler: headless browsers deliver no shortcuts to
 * extensions, so the tests run the same handler from the extension's own worker scope (which web
 * pages cannot reach). Wired only in the test build (`npm run build:e2e`, mode `e2e`); the
 * shipped build leaves it out, and `tests/e2e/chromium/testBuild.test.ts` checks both.
 */
export function exposeTestHooks(): void {
  Object.assign(globalThis, { [TEST_HOOK]: handleCommand });
}
