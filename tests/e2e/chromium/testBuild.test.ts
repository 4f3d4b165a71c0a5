import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_HOOK } from '../../../utils/background/exposeTestHooks';
import { extensionDir } from '../../support/chromium';
import { firefoxExtensionDir } from '../../support/firefox';

const background = (dir: string) => readFileSync(join(dir, 'background.js'), 'utf8');

/*
 * The shortcut handler hook for end-to-end tests exists only in the test build. `npm run test:e2e`
 * builds the shipped extensions (`npm run zip`, the folders its zips are packed from) and then
 * the test build; this reads their background scripts.
 */
describe('the test hook', () => {
  it('is in the test build, where shortcuts.test.ts calls it', () => {
    expect(background(extensionDir('test'))).toContain(TEST_HOOK);
  });

  it('is not in the shipped Chrome or Firefox build', () => {
    expect(background(extensionDir())).not.toContain(TEST_HOOK);
    expect(background(firefoxExtensionDir())).not.toContain(TEST_HOOK);
  });
});
