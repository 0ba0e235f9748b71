import { minifiedBundle } from '../../scripts/lib/bundle-size.js';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../support/built-package.js';

/** esbuild's minified browser bundle of an entry that imports `names` from the built main entry. */
async function bundle(
  names: string,
  from = 'index.js',
): Promise<{ code: string; gzipped: number }> {
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
  // came, and to 28 KB for the second reader's notes of issue 11 and the Chinese forms with their
  // sources of issue 14, about 3.4 KB gzipped each, then to 32 KB for the third reader's notes,
  // each citing the page that its outside knowledge comes from, about 3.5 KB, then to 34 KB for
  // the model — the walk, nameOf, forArticle, findItems, findQuotes, the names table — about
  // 1.3 KB, then to 36 KB for the exports where data people look — toSpans and toBrat, toCSV of
  // every table, the Wikidata ids with the pages that show them — about 2.4 KB) keeps the figure
  // from growing unnoticed.
  it('carries no zod and stays under 36 KB gzipped', async () => {
    const { code, gzipped } = await bundle('* as everything');
    expect(carriesZod(code)).toBe(false);
    expect(carriesArticle(code)).toBe(true);
    expect(gzipped).toBeLessThanOrEqual(36 * 1024);
  });

  // 8 KB until issue 11: its notes (every doubt the text raises, with outside knowledge marked)
  // and the Chinese forms of issue 14 (each with the page that attests it) are content the package
  // exists to carry, and took the data from 7.8 KB to about 14.9 KB; the third reader's notes,
  // with the address and words of every page they cite, took it to about 18.2 KB.
  it('keeps the data alone under 20 KB gzipped', async () => {
    expect((await bundle('{ article }')).gzipped).toBeLessThanOrEqual(20 * 1024);
  });
});
