import { minifiedBundle } from '../../scripts/lib/bundle-size.js';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../support/built-package.js';

/** esbuild's minified browser bundle of an entry that imports `names` from the built main entry. */
async function bundle(names: string, from = 'index.js'): Promise<{ code: string; gzipped: number }> {
  const contents = `import ${names} from ${JSON.stringify(builtFile(from))}; globalThis.keep = [${names.replace(/[{}*]|as /g, '')}];`;
  return minifiedBundle(contents, process.cwd());
}

/** What betrays the article or zod inside a bundle. */
const carriesArticle = (code: string) => /Zhongguancun|Huang Xinyu|digital economy/i.test(code);
const carriesZod = (code: string) => /ZodError|\$ZodType|_zod/.test(code);

describe('a bundle of one formatter', () => {
  it('carries neither the article text nor zod, and stays under 1.5 KB gzipped', async () => {
    const { code, gzipped } = await bundle('{ formatValue }');
    expect(carriesArticle(code)).toBe(false);
    expect(carriesZod(code)).toBe(false);
    expect(gzipped).toBeLessThanOrEqual(1536);
  });

  it('is told apart from one that imports the data: the checks above can fail', async () => {
    const withData = await bundle('{ formatValue, article }');
    expect(carriesArticle(withData.code)).toBe(true);
    expect(withData.gzipped).toBeGreaterThan(1536);
    const withSchema = await bundle('{ parseArticle }', 'schema.js');
    expect(carriesZod(withSchema.code)).toBe(true);
  });
});

describe('a bundle of the whole main entry', () => {
  // The target is 8 KB; the data alone is about 7.8 KB, so the target is missed and
  // docs/performance.md says so. This ceiling (raised from 16 KB when the chart and CLI helpers
  // came, and to 24 KB when the Chinese forms with their provenance came, issue 14) keeps the
  // figure from growing unnoticed.
  it('carries no zod and stays under 24 KB gzipped', async () => {
    const { code, gzipped } = await bundle('* as everything');
    expect(carriesZod(code)).toBe(false);
    expect(carriesArticle(code)).toBe(true);
    expect(gzipped).toBeLessThanOrEqual(24 * 1024);
  });

  // The English data is about 7.8 KB; the Chinese forms and their provenance (issue 14) add about
  // 3.4 KB, half of it the sources' titles, addresses and words. See docs/decisions.md.
  it('keeps the data alone under 12.5 KB gzipped', async () => {
    expect((await bundle('{ article }')).gzipped).toBeLessThanOrEqual(12.5 * 1024);
  });
});
