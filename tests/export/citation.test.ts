import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseName } from '../../src/export/to-csl.js';
import {
  article,
  formatCitation,
  InvalidOptionError,
  toCSL,
  type Article,
  type CitationStyle,
} from '../../src/index.js';
import { rendered } from '../support/citeproc.js';
import { MONTHS } from '../support/months.js';

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

describe('chineseName', () => {
  it.each([
    ['Huang Xinyu', { family: 'Huang', given: 'Xinyu' }],
    ['  Li   Wei ', { family: 'Li', given: 'Wei' }],
    ['Ouyang Xiu Ming', { family: 'Ouyang', given: 'Xiu Ming' }],
    ['Jilin', { family: 'Jilin', given: '' }],
  ])('reads %j family name first', (name, expected) => {
    expect(chineseName(name)).toEqual(expected);
  });
});

/** The article as another article of the format might have it: `change` applied to a copy. */
function changed(change: (copy: Mutable) => void): Article {
  const copy = structuredClone(article) as unknown as Mutable;
  change(copy);
  return copy as unknown as Article;
}
interface Mutable {
  metadata: {
    datePublished: { value: string; inferred: boolean };
    fieldNotes?: Record<string, unknown>;
    section: string;
    contributors: { entity: string; role: string }[];
  };
}

describe('toCSL, field by field', () => {
  it('gives the item of the built-in article', () => {
    const { note, ...item } = toCSL(article);
    expect(item).toEqual({
      id: 'bjnews-2020-09-05-beijing-digital-economy',
      type: 'article-newspaper',
      title:
        'Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country',
      'container-title': 'Beijing News',
      author: [{ family: 'Huang', given: 'Xinyu' }],
      issued: { 'date-parts': [[2020, 9, 5]] },
      language: 'en',
    });
    expect(note).toBe(
      `Translated from Chinese. Date inferred: ${article.metadata.datePublished.basis}`,
    );
  });

  it('gives the section unless a note denies it is one, and says nothing of a date not inferred', () => {
    const other = changed((copy) => {
      delete copy.metadata.fieldNotes;
      copy.metadata.section = 'Economy';
      copy.metadata.datePublished.inferred = false;
      copy.metadata.contributors = [
        { entity: 'huang-xinyu', role: 'reporter' },
        { entity: 'wang-jinyu', role: 'editor' },
        { entity: 'zhao-lin', role: 'reporter' },
      ];
    });
    expect(toCSL(other)).toMatchObject({
      section: 'Economy',
      note: 'Translated from Chinese.',
      author: [
        { family: 'Huang', given: 'Xinyu' },
        { family: 'Zhao', given: 'Lin' },
      ],
    });
    expect(toCSL(article)).not.toHaveProperty('section');
  });

  it('names what is not an article', () => {
    expect(() => toCSL({} as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });
});

describe('formatCitation', () => {
  it.each([
    [
      'apa',
      'Huang, X. (2020, September 5). Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country. Beijing News.',
    ],
    [
      'mla',
      'Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, 5 Sept. 2020.',
    ],
    [
      'chicago',
      'Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, September 5, 2020.',
    ],
  ] as const)('gives the %s entry of the built-in article', (style, entry) => {
    expect(formatCitation(article, style)).toBe(entry);
  });

  // The MLA Handbook's abbreviations: every month but May, June and July, "Sept." for September.
  const MLA_MONTHS = [
    'Jan.',
    'Feb.',
    'Mar.',
    'Apr.',
    'May',
    'June',
    'July',
    'Aug.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
  ];
  const inMonth = (month: number) =>
    changed((copy) => {
      copy.metadata.datePublished.value = `2021-${String(month).padStart(2, '0')}-${String(month + 10)}`;
    });

  it('names every month of the year in each style', () => {
    for (let month = 1; month <= 12; month += 1) {
      const other = inMonth(month);
      const day = month + 10;
      expect(formatCitation(other, 'apa')).toContain(`(2021, ${MONTHS[month - 1]} ${day}).`);
      expect(formatCitation(other, 'mla')).toMatch(
        new RegExp(`Beijing News, ${day} ${MLA_MONTHS[month - 1]?.replace('.', '\\.')} 2021\\.$`),
      );
      expect(formatCitation(other, 'chicago')).toMatch(
        new RegExp(`Beijing News, ${MONTHS[month - 1]} ${day}, 2021\\.$`),
      );
    }
  });

  it.each(['apa', 'mla', 'chicago'] as const)(
    'agrees with citeproc-js in %s on another month, with a section',
    (style) => {
      const other = changed((copy) => {
        copy.metadata.datePublished.value = '2021-06-30';
        delete copy.metadata.fieldNotes;
        copy.metadata.section = 'Finance';
      });
      expect(formatCitation(other, style)).toBe(rendered(toCSL(other), style));
    },
  );

  it('rejects a month that is not one', () => {
    const other = changed((copy) => {
      copy.metadata.datePublished.value = '2020-13-01';
    });
    expect(() => formatCitation(other, 'apa')).toThrow(
      new InvalidOptionError('article.metadata.datePublished', 'month 13 is not 1 to 12'),
    );
  });

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
        // No reporter to four (where MLA's "et al." and Chicago's list of three and more differ),
        // given names of two words and hyphenated ones (initialised "X. M." and "X.-M.").
        fc.array(
          fc.constantFrom(
            'Huang Xinyu',
            'Li Wei',
            'Zhang San',
            'Wang Jinyu',
            'Ouyang Xiu Ming',
            'Ouyang Xiu-Ming',
          ),
          { minLength: 0, maxLength: 4 },
        ),
        fc.constantFrom('apa', 'mla', 'chicago'),
        fc.option(fc.constantFrom('Finance', 'World'), { nil: undefined }),
        (headline, reporters, style, section) => {
          const copy = structuredClone(article) as unknown as {
            metadata: {
              headline: string;
              contributors: { entity: string; role: string }[];
              section: string;
              fieldNotes?: unknown;
            };
            entities: { id: string; name: string }[];
          };
          copy.metadata.headline = headline.join(' ');
          if (section !== undefined) {
            // A section that no note denies, which Chicago prints.
            delete copy.metadata.fieldNotes;
            copy.metadata.section = section;
          }
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
      new InvalidOptionError('style', 'got "harvard"; expected one of "apa", "mla", "chicago"'),
    );
  });

  it('names what is not an article', () => {
    expect(() => formatCitation(null as never, 'apa')).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('initialises every part of a given name in APA, a hyphenated one with its hyphen', () => {
    const entries = ['Ouyang Xiu-Ming', 'Ouyang Xiu Ming'].map((name) =>
      formatCitation(
        changed((copy) => {
          copy.metadata.contributors = [{ entity: 'reporter', role: 'reporter' }];
          (copy as unknown as { entities: object[] }).entities.push({
            id: 'reporter',
            name,
            kind: 'person',
            mentions: [],
          });
        }),
        'apa',
      ),
    );
    expect(entries.map((entry) => entry.slice(0, entry.indexOf(' (')))).toEqual([
      'Ouyang, X.-M.',
      'Ouyang, X. M.',
    ]);
  });

  it('initialises only the letters of a hyphenated given name, not an empty part beside a stray hyphen', () => {
    const entry = formatCitation(
      changed((copy) => {
        copy.metadata.contributors = [{ entity: 'reporter', role: 'reporter' }];
        (copy as unknown as { entities: object[] }).entities.push({
          id: 'reporter',
          name: 'Ouyang Xiu--Ming-',
          kind: 'person',
          mentions: [],
        });
      }),
      'apa',
    );
    expect(entry.slice(0, entry.indexOf(' ('))).toBe('Ouyang, X.-M.');
  });

  it('names what is not an article when the headline of one is not text', () => {
    const numbered = changed((copy) => {
      (copy.metadata as unknown as { headline: unknown }).headline = 42;
    });
    expect(() => formatCitation(numbered, 'chicago')).toThrow(InvalidOptionError);
    expect(() => formatCitation(numbered, 'chicago')).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('puts the title first in APA and the newspaper first in Chicago when no reporter is named', () => {
    const anonymous = changed((copy) => {
      copy.metadata.contributors = [];
    });
    expect(formatCitation(anonymous, 'apa')).toBe(
      'Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country. (2020, September 5). Beijing News.',
    );
    expect(formatCitation(anonymous, 'chicago')).toBe(
      'Beijing News. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” September 5, 2020.',
    );
  });
});
