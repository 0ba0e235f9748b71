// `npm run test:runtimes`: the packed package in Deno, Bun, workerd and Chromium. Kept apart from
// vitest.config.ts so that `npm test` needs none of these runtimes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/runtimes/**/*.test.ts'],
    globalSetup: ['tests/runtimes/support/global-setup.ts'],
    // The runtimes are big processes on a small machine: one test file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
