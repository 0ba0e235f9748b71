import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the explorer page in a real Chromium. Kept apart from `npm test`, which
// must pass on a machine without a browser (these files are not named *.test.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
