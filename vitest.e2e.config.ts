import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension (`npm run test:e2e` builds first).
 * One file at a time, since each launches a browser on this 2-core machine.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: 'node',
  },
});
