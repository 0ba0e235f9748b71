import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  formatCitation,
  toCSL,
  type Article,
  type CitationStyle,
} from '../../src/index.js';
import { rendered } from '../support/citeproc.js';

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
