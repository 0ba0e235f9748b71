import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    globalSetup: ['tests/setup/packed.ts'],
    testTimeout: 20_000,
  },
});
