import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: Vitest's default (cores - 1) would run the unit and dist files one at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
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
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Two files at a time (maxWorkers), each with its own Chromium: most scenarios wait on
          // the page (network idle, polls), so two overlap well on two cores (measured: 10 files
          // in 68–95 s instead of 100–119 s). Within a file, tests marked concurrent run two at a time.
          maxConcurrency: 2,
          // The files share their workers' module cache: a fresh worker per file (Vitest's default)
          // spent about 1.3 core-seconds on each of some 45 files to load Vitest, Playwright and the
          // support modules again. No e2e file mocks or stubs a module, so none can leak into another.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
