// The reader of stated figures, and what it reports about a statistic, a policy or a date of
// publication that its own words contradict: each problem with the field at fault and the whole
// message that parseArticle shows (tests/schema/stated-figures.test.ts checks them through it).
import { describe, expect, it } from 'vitest';
import {
  comparatorOfWording,
  datePublishedProblem,
  readStatedFigure,
  statisticFigureProblems,
  supportingDocumentsProblem,
} from '../../src/internal/stated-figure.js';
import type { ArticleIds, Statistic, TextAnchor } from '../../src/index.js';

const anchor = (exact: string): TextAnchor<ArticleIds> => ({
  paragraphId: 'p1',
  start: 0,
  end: exact.length,
  exact,
  prefix: '',
  suffix: '',
});

/** A statistic that agrees with its words ("20%", exactly), with `fields` changed. */
const statistic = (fields: Partial<Statistic<ArticleIds>> = {}): Statistic<ArticleIds> => ({
  id: 'share',
  label: 'Share',
  measure: 'share of the trade',
  subject: 'beijing',
  value: 20,
  unit: { kind: 'percent' },
  comparator: 'exactly',
  statedAs: '20%',
  source: { attributedTo: 'beijing', anchor: anchor(fields.statedAs ?? '20%') },
  ...fields,
});

const problemsOf = (s: Statistic<ArticleIds>, paragraph?: string, published = '2020-09-05') =>
  statisticFigureProblems(s, () => paragraph, published);

describe('readStatedFigure', () => {
  it.each([
    // Exact decimal arithmetic: a scaled figure is whole or it is no figure.
    ['1,234.5 thousand', { value: 1_234_500, kind: 'number' }],
    ['1 year', { value: 1, kind: 'years' }],
    ['4.4 percent', { value: 4.4, kind: 'percent' }],
    ['21st', { value: 21, kind: 'rank' }],
    // The ordinal is the figure, not the first numeral.
    ['in 2019 it ranked 2nd', { value: 2, kind: 'rank' }],
  ])('reads %j', (words, expected) => {
    expect(readStatedFigure(words)).toEqual(expected);
  });

  it('reads no figure in a scaled amount that is not whole', () => {
    expect(readStatedFigure('1.2345 thousand')).toBeUndefined();
  });

  it('reads words of up to 1,000 characters, and nothing in longer ones', () => {
    expect(readStatedFigure('5'.padEnd(1000))).toEqual({ value: 5, kind: 'number' });
    expect(readStatedFigure('5'.padEnd(1001))).toBeUndefined();
  });
});

describe('comparatorOfWording', () => {
  it('reads "exceed" without an ending as more-than', () => {
    expect(comparatorOfWording('expected to exceed 50%')).toBe('more-than');
  });
});

describe('statisticFigureProblems', () => {
  it('finds nothing wrong with a statistic that agrees with its words', () => {
    expect(problemsOf(statistic())).toEqual([]);
  });

  it('names the unit and the reading when they disagree', () => {
    expect(problemsOf(statistic({ unit: { kind: 'count', of: 'firms' } }))).toEqual([
      {
        field: ['unit', 'kind'],
        message: 'unit is a count (count) but statedAs "20%" reads as a percentage',
      },
    ]);
  });

  it('names both currencies when they disagree', () => {
    const money = statistic({
      value: 160_000_000_000,
      unit: { kind: 'currency', currency: 'CNY' },
      statedAs: 'US$160 billion',
    });
    expect(problemsOf(money)).toEqual([
      {
        field: ['unit', 'currency'],
        message: 'currency is CNY but statedAs "US$160 billion" reads USD',
      },
    ]);
  });

  it('checks the comparator and the figure of every restatement, and passes one with no figure', () => {
    const restated = statistic({
      value: 50,
      comparator: 'more-than',
      statedAs: '50%',
      source: { attributedTo: 'beijing', anchor: anchor('exceeds 50%') },
      restatedAt: [
        anchor('over 50%'),
        anchor('about 50%'),
        anchor('more than 40%'),
        anchor('more than half'),
      ],
    });
    expect(problemsOf(restated)).toEqual([
      {
        field: ['restatedAt', 1, 'exact'],
        message: 'the restatement "about 50%" reads about, the statistic more-than',
      },
      {
        field: ['restatedAt', 2, 'exact'],
        message: 'the restatement "more than 40%" reads 40, the statistic 50',
      },
    ]);
  });

  describe('the range of the value', () => {
    it.each<[string, Partial<Statistic<ArticleIds>>]>([
      ['a percentage of 0', { value: 0, statedAs: '0%' }],
      ['a percentage of 100', { value: 100, statedAs: '100%' }],
      ['a count of 0', { value: 0, unit: { kind: 'count', of: 'firms' }, statedAs: '0' }],
      ['a rank of 1', { value: 1, unit: { kind: 'rank', of: 'cities' }, statedAs: 'first' }],
      [
        'an amount of money that is not whole',
        { value: 1.5, unit: { kind: 'currency', currency: 'USD' }, statedAs: 'US$1.5' },
      ],
    ])('allows %s', (_, fields) => {
      expect(problemsOf(statistic(fields))).toEqual([]);
    });

    it.each<[Partial<Statistic<ArticleIds>>, string]>([
      [
        { value: 101, statedAs: '101%' },
        'value is 101; percent must be a percentage from 0 to 100',
      ],
      [
        { value: 0, unit: { kind: 'rank', of: 'cities' }, statedAs: '0th' },
        'value is 0; rank must be a whole rank of 1 or more',
      ],
      [
        {
          value: 1.5,
          unit: { kind: 'rank', of: 'cities' },
          comparator: 'at-most',
          statedAs: 'top 1.5',
        },
        'value is 1.5; rank must be a whole rank of 1 or more',
      ],
      [
        { value: 2.5, unit: { kind: 'count', of: 'firms' }, statedAs: '2.5' },
        'value is 2.5; count must be a whole number of 0 or more',
      ],
      [
        { value: 1.5, unit: { kind: 'years' }, statedAs: '1.5 years' },
        'value is 1.5; years must be a whole number of 0 or more',
      ],
    ])('rejects %j', (fields, message) => {
      expect(problemsOf(statistic(fields))).toEqual([{ field: ['value'], message }]);
    });

    it('rejects a negative amount of money, besides its disagreement with its words', () => {
      const negative = statistic({
        value: -1,
        unit: { kind: 'currency', currency: 'USD' },
        statedAs: 'US$1',
      });
      expect(problemsOf(negative)).toEqual([
        { field: ['value'], message: 'value is -1 but statedAs "US$1" reads 1' },
        { field: ['value'], message: 'value is -1; currency must be an amount of 0 or more' },
      ]);
    });
  });

  describe('the period', () => {
    it('allows a year that the paragraph names, whenever the article was published', () => {
      const dated = statistic({ period: '2019' });
      expect(problemsOf(dated, 'In 2019, the share reached 20%.', '2023-05-01')).toEqual([]);
    });

    it('allows the year of publication or the one before when the paragraph names no year', () => {
      expect(problemsOf(statistic({ period: '2023' }), 'Now 20%.', '2023-05-01')).toEqual([]);
      expect(problemsOf(statistic({ period: '2022-06' }), 'Now 20%.', '2023-05-01')).toEqual([]);
    });

    it('rejects any other year when the paragraph names no year, naming the year of publication', () => {
      expect(problemsOf(statistic({ period: '2019' }), 'Now 20%.', '2023-05-01')).toEqual([
        {
          field: ['period'],
          message:
            'period is 2019 but the paragraph of its anchor names no year, and 2019 is neither the year of publication (2023) nor the year before',
        },
      ]);
    });

    it('rejects even the year of publication when the paragraph names only other years', () => {
      const dated = statistic({ period: '2023' });
      expect(problemsOf(dated, 'In 2018, 20%.', '2023-05-01')).toEqual([
        {
          field: ['period'],
          message: 'period is 2023 but the paragraph of its anchor names no year 2023',
        },
      ]);
    });
  });
});

describe('supportingDocumentsProblem', () => {
  it.each<[number | undefined, string]>([
    [5, 'five supporting documents'],
    [undefined, 'five supporting documents'],
    // The first figure before "supporting" counts: not a word that states none, nor a later one.
    [5, 'issued supporting policies and five supporting documents'],
    [5, 'five supporting documents and other supporting measures'],
  ])('accepts %j for %j', (count, words) => {
    expect(supportingDocumentsProblem(count, words)).toBeUndefined();
  });

  it('names both numbers when they disagree', () => {
    expect(supportingDocumentsProblem(6, 'five supporting documents')).toBe(
      'supportingDocuments is 6 but its anchor states 5',
    );
  });

  it('says so when the anchor states no number of them', () => {
    expect(supportingDocumentsProblem(5, 'issued its supporting documents')).toBe(
      'supportingDocuments is 5 but its anchor states no number of supporting documents',
    );
  });
});

describe('datePublishedProblem', () => {
  it('accepts a date whose evidence names its day, and its year there or in the basis', () => {
    expect(datePublishedProblem('2020-09-05', '', ['September 5, 2020'])).toBeUndefined();
    expect(datePublishedProblem('2020-09-05', 'posted in 2020', ['5 September'])).toBeUndefined();
  });

  it('names the day that no evidence names', () => {
    expect(datePublishedProblem('2020-09-05', '', ['September 6, 2020'])).toBe(
      'value is 2020-09-05 but no evidence names September 5',
    );
  });

  it('names the year that neither the evidence nor the basis names', () => {
    expect(datePublishedProblem('2020-09-05', 'inferred', ['5 September'])).toBe(
      'value is 2020-09-05 but neither the evidence nor the basis names the year 2020',
    );
  });

  it('leaves a value that is not a whole YYYY-MM-DD date to the check of its format', () => {
    expect(datePublishedProblem('x2020-09-05', '', [])).toBeUndefined();
    expect(datePublishedProblem('2020-09-05x', '', [])).toBeUndefined();
  });
});
