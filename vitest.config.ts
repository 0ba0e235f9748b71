import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Other runtimes have their own suite: `npm run test:runtimes` (vitest.runtimes.config.ts).
    exclude: ['tests/runtimes/**', '**/node_modules/**'],
    setupFiles: ['tests/setup/fast-check.ts'],
    globalSetup: ['tests/setup/packed.ts'],
    testTimeout: 20_000,
  },
});
