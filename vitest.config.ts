import { defineConfig } from 'vitest/config';

// Two projects: fast unit/fixture tests, and end-to-end tests that first run
// the real build (astro build + pagefind) and then test dist/ and the browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/browser/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests share two cores with Chromium; run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
