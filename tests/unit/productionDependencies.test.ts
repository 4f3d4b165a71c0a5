import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(
  readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
) as { packages: Record<string, LockEntry> };

/** The packages `npm ci --omit=dev` installs and `npm audit --omit=dev` audits. */
const production = Object.entries(lock.packages)
  .filter(([path, entry]) => path && !entry.dev && !entry.devOptional)
  .map(([path]) => path.replace(/^.*node_modules\//, ''));

describe('the production dependencies', () => {
  it('are only what ships in the extension, not the build toolchain', () => {
    expect(production).not.toContain('wxt');
    expect(production).not.toContain('vite');
    expect(production).toContain('webextension-polyfill');
    expect(production.length).toBeLessThan(30);
  });
});
