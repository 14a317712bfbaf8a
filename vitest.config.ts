import { defineConfig } from 'vitest/config';

// Each project's files share their workers' module cache (`isolate: false`; projects do not inherit
// it): a fresh worker per file, Vitest's default, loaded Vitest and the modules under test again for
// each (unit and dist: 85.6 → 66.2 core-seconds; e2e: about 1.3 core-seconds a file, for some 45
// files). No test file mocks or stubs a module, a global or a timer, so none can leak into another.
const isolate = false;

export default defineConfig({
  test: {
    // Two cores: Vitest's default (cores - 1) would run the unit and dist files one at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          isolate,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Several files run the ingest CLI in a child process; beside astro check (npm test's
          // stage 3) on a shared machine one took over Vitest's default 5 s. Timing is the bench's.
          testTimeout: 60_000,
        },
      },
      {
        // Node over the built files (dist/): links, HTML validity, embedded metadata. No browser.
        test: {
          name: 'dist',
          isolate,
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/dist/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        // The browser, for behaviour.
        test: {
          name: 'e2e',
          isolate,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Two files at a time (maxWorkers), both on the run's one Chromium: most scenarios wait on
          // the page (network idle, polls), so two overlap well on two cores (measured: 10 files
          // in 68–95 s instead of 100–119 s). Within a file, tests marked concurrent run two at a time.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
