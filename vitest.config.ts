/**
 * Three kinds of tests: unit, property and golden tests of the code (fast, no build needed);
 * build-output tests of a built site; and browser tests of a built site in Chromium (slow, one file
 * at a time). The last two read `DIST_DIR` and `DIST_BASE` (see `tests/support/dist-env.ts`).
 *
 *   npx vitest run --project unit
 *   DIST_DIR=dist DIST_BASE=/ npx vitest run --project dist --project browser
 *
 * The versions tests (`tests/versions/`) look at the site built from the versions fixtures
 * instead, as `npm test` builds it into `.test-dist/versions`; the incremental tests
 * (`tests/incremental/`) compare a rebuild with a cold build (`INCREMENTAL_DIST`, `COLD_DIST`).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default leaves a core free, which on a two-core machine runs the unit tests one
    // file at a time; the browser project keeps to one file at a time on its own.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          // The unit tests are pure or work in temporary folders of their own, so their files
          // share a worker's loaded modules instead of loading cheerio, compromise and zod again
          // for each of 160 files (52 s instead of 134 s on two cores).
          isolate: false,
          // No unit test asserts a time (the linear-time test compares ratios): the bound is for a
          // hung test only. Vitest's 5 s default is within reach of property tests taking 3.6 s
          // here once the machine is busier (CI's runs take up to 1.4x this machine's time).
          testTimeout: 60_000,
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      { test: { name: 'incremental', include: ['tests/incremental/**/*.test.ts'] } },
      {
        test: {
          name: 'versions',
          include: ['tests/versions/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
