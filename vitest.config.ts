import { defineConfig } from 'vitest/config';

// Two projects: fast unit/fixture tests, and end-to-end tests that first run
// the real build (astro build + pagefind) and then test dist/ and the browser.
export default defineConfig({
  test: {
    // Coverage of the pipeline (scripts/), measured by V8 itself; `npm test`
    // passes --coverage. A run below a floor fails. The floors are the measured
    // figures less about a point (property tests draw new inputs every run);
    // docs/checks.md says how they were measured and how to raise them.
    coverage: {
      provider: 'v8',
      include: ['scripts/**/*.ts'],
      reporter: ['text-summary', ['json-summary', { file: 'coverage-summary.json' }]],
      reportsDirectory: '.coverage',
      // The numbers are wanted even when a test fails (the run fails anyway).
      reportOnFailure: true,
      thresholds: {
        statements: 87,
        branches: 86,
        functions: 87,
        lines: 89,
      },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/browser/**'],
          // A backstop against a hang, not a speed claim: property tests and whole-corpus runs take
          // seconds on a loaded two-core machine, and speed is the benchmarks' (docs/benchmarks.md).
          testTimeout: 60_000,
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
