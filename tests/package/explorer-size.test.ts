import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleExplorer, EXPLORER_CEILING } from '../../scripts/docs/build-explorer.js';

describe('the explorer page’s script', () => {
  it('is bundled from the built package, carries the article, and stays under 60 KB gzipped', async () => {
    const code = await bundleExplorer();
    // The article comes with the package's data (one copy), not from a file the page fetches.
    expect(code).toContain('Zhongguancun');
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(EXPLORER_CEILING);
  });
});
