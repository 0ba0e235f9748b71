// The figures of an article agree with the words that state them: one reader (used by the
// generator and by ArticleSchema) reads each surface form, and parseArticle rejects a copy whose
// value, unit, currency, comparator, period or range was changed, with the path of the field.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { comparatorOfWording, readStatedFigure } from '../../src/internal/stated-figure.js';
import { COMPARATORS } from '../../src/internal/vocabulary.js';
import { parseArticle, safeParseArticle } from '../../src/schema/index.js';

type Mutable = Record<string, any>;
const SECOND_ARTICLE = new URL('../fixtures/second-article/article.json', import.meta.url);
const copy = (): Mutable => structuredClone(article);

describe('the reader of stated figures', () => {
  it.each([
    ['US$160 billion', { value: 160_000_000_000, kind: 'currency', currency: 'USD' }],
    ['286.89 billion yuan', { value: 286_890_000_000, kind: 'currency', currency: 'CNY' }],
    ['US$1.5 trillion', { value: 1_500_000_000_000, kind: 'currency', currency: 'USD' }],
    ['50%', { value: 50, kind: 'percent' }],
    ['4.4 per cent', { value: 4.4, kind: 'percent' }],
    ['top 20', { value: 20, kind: 'rank' }],
    ['first', { value: 1, kind: 'rank' }],
    ['ranking first in the country', { value: 1, kind: 'rank' }],
    ['3rd', { value: 3, kind: 'rank' }],
    ['two consecutive years', { value: 2, kind: 'years' }],
    ['600', { value: 600, kind: 'number' }],
    ['1,200', { value: 1200, kind: 'number' }],
    ['five', { value: 5, kind: 'number' }],
  ])('reads %j', (words, expected) => {
    expect(readStatedFigure(words)).toEqual(expected);
  });

  it('reads nothing where no figure is stated', () => {
    expect(readStatedFigure('the digital economy')).toBeUndefined();
  });

  it.each([
    ['exceeds 50%', 'more-than'],
    ['exceeded US$160 billion', 'more-than'],
    ['over 50%', 'more-than'],
    ['more than 600', 'more-than'],
    ['about 20%', 'about'],
    ['entered the top 20', 'at-most'],
    ['at least 3', 'at-least'],
    ['less than 10%', 'less-than'],
    ['reached 286.89 billion yuan', 'exactly'],
    ['up to 5 books at a time', 'at-most'],
    ['about 15% more than in 2022', 'about'],
    ['lend less than 30% of the books, more than last year', 'less-than'],
    ['two consecutive years, more than any other city', 'exactly'],
  ])('reads the comparator of %j', (words, comparator) => {
    expect(comparatorOfWording(words)).toBe(comparator);
  });
});

const statisticIndexes = fc.nat({ max: article.statistics.length - 1 });

/** Every path of an issue, as `statistics.2.value`. */
const issuePaths = (input: unknown): string[] => {
  const result = safeParseArticle(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('parseArticle on a copy of the data with one figure changed', () => {
  it('accepts the unchanged copy, and its JSON text', () => {
    expect(parseArticle(copy()).statistics).toHaveLength(article.statistics.length);
    expect(parseArticle(JSON.stringify(article)).id).toBe(article.id);
  });

  it('rejects any other value, at the statistic’s value', () => {
    fc.assert(
      fc.property(statisticIndexes, fc.double({ noNaN: true, noDefaultInfinity: true }), (i, v) => {
        fc.pre(v !== article.statistics[i]?.value);
        const a = copy();
        a.statistics[i].value = v;
        expect(issuePaths(a)).toContain(`statistics.${i}.value`);
      }),
    );
  });

  it('rejects any other unit or currency, at the statistic’s unit', () => {
    const units = fc.constantFrom(
      { kind: 'percent' },
      { kind: 'currency', currency: 'USD' },
      { kind: 'currency', currency: 'CNY' },
      { kind: 'count', of: 'companies' },
      { kind: 'rank', of: 'the country' },
      { kind: 'years' },
    );
    fc.assert(
      fc.property(statisticIndexes, units, (i, unit) => {
        const own = article.statistics[i]?.unit as Mutable;
        fc.pre(unit.kind !== own.kind || unit.currency !== own.currency);
        const a = copy();
        a.statistics[i].unit = unit;
        expect(issuePaths(a).some((path) => path.startsWith(`statistics.${i}.unit`))).toBe(true);
      }),
    );
  });

  it('rejects any other comparator, at the statistic’s comparator', () => {
    const comparators = fc.constantFrom(...COMPARATORS);
    fc.assert(
      fc.property(statisticIndexes, comparators, (i, comparator) => {
        fc.pre(comparator !== article.statistics[i]?.comparator);
        const a = copy();
        a.statistics[i].comparator = comparator;
        expect(issuePaths(a)).toContain(`statistics.${i}.comparator`);
      }),
    );
  });

  it('rejects a period whose year the statistic’s paragraph does not name', () => {
    const dated = article.statistics.flatMap((s, i) => (s.period === undefined ? [] : [i]));
    fc.assert(
      fc.property(fc.constantFrom(...dated), fc.integer({ min: 1900, max: 2099 }), (i, year) => {
        const own = article.statistics[i];
        const paragraph = article.paragraphs.find((p) => p.id === own?.source.anchor.paragraphId);
        fc.pre(!paragraph?.text.includes(String(year)));
        const a = copy();
        a.statistics[i].period = String(year);
        expect(issuePaths(a)).toContain(`statistics.${i}.period`);
      }),
    );
  });

  it('rejects values out of their range: a percentage of 500, a negative count', () => {
    const a = copy();
    const percent = article.statistics.findIndex((s) => s.unit.kind === 'percent');
    const count = article.statistics.findIndex((s) => s.unit.kind === 'count');
    a.statistics[percent].value = 500;
    a.statistics[count].value = -22;
    const result = safeParseArticle(a);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['statistics', percent, 'value'], message: expect.stringMatching(/0 to 100/) },
        { path: ['statistics', count, 'value'], message: expect.stringMatching(/0 or more/) },
      ]),
    );
  });

  it('rejects a publication date that its evidence does not name, and a changed number of supporting documents', () => {
    const a = copy();
    a.metadata.datePublished.value = '2020-09-06';
    const policy = article.policies.findIndex((p) => p.supportingDocuments !== undefined);
    a.policies[policy].supportingDocuments = 6;
    expect(issuePaths(a)).toEqual([
      `policies.${policy}.supportingDocuments`,
      'metadata.datePublished.value',
    ]);
  });

  it('names both readings in the message', () => {
    const a = copy();
    a.statistics[2].unit.currency = 'CNY';
    expect(() => parseArticle(a)).toThrow(
      /statistics\[2\]\.unit\.currency: currency is CNY but statedAs "US\$160 billion" reads USD/,
    );
  });
});

describe('parseArticle on another honest article in the format', () => {
  // The invented library report: a growth "about 15% more than in 2022", a limit "up to 5
  // books", "three supporting measures", and periods the paragraph gives as "now" or "last year".
  const second = (): Mutable => JSON.parse(readFileSync(SECOND_ARTICLE, 'utf8')) as Mutable;
  const published = Number(String(second().metadata.datePublished.value).slice(0, 4));
  const undated = (a: Mutable) =>
    (a.statistics as Mutable[]).flatMap((s, i) => {
      const paragraph = (a.paragraphs as Mutable[]).find(
        (p) => p.id === s.source.anchor.paragraphId,
      );
      return s.period !== undefined && !/\b(19|20|21)\d{2}\b/.test(paragraph?.text) ? [i] : [];
    });

  it('accepts it as it is', () => {
    expect(issuePaths(second())).toEqual([]);
    expect(undated(second()).length).toBeGreaterThan(0);
  });

  it('rejects a period that a paragraph naming no year cannot mean: not the year of publication or the one before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...undated(second())),
        fc.integer({ min: 1900, max: 2099 }),
        (i, year) => {
          fc.pre(year !== published && year !== published - 1);
          const a = second();
          a.statistics[i].period = String(year);
          expect(issuePaths(a)).toContain(`statistics.${i}.period`);
        },
      ),
    );
  });

  it('rejects a changed number of supporting measures', () => {
    const a = second();
    const policy = (a.policies as Mutable[]).findIndex((p) => p.supportingDocuments !== undefined);
    a.policies[policy].supportingDocuments = 4;
    expect(issuePaths(a)).toEqual([`policies.${policy}.supportingDocuments`]);
  });
});
