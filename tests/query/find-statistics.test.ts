import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  ENTITY_IDS,
  findStatistics,
  InvalidOptionError,
  type StatisticFilter,
} from '../../src/index.js';
import { inTextOrder } from '../support/in-text-order.js';

const filterArbitrary: fc.Arbitrary<StatisticFilter> = fc.record(
  {
    unitKind: fc.constantFrom('percent', 'currency', 'count', 'rank', 'years'),
    currency: fc.constantFrom('USD', 'CNY'),
    period: fc.constantFrom('2019', '2020', '2019-01'),
    subject: fc.constantFrom(...ENTITY_IDS),
    comparator: fc.constantFrom(
      'exactly',
      'about',
      'more-than',
      'at-least',
      'at-most',
      'less-than',
    ),
    text: fc.constantFrom('share', 'rank', 'COUNTRY', "country's", 'park', 'zzz'),
  },
  { requiredKeys: [] },
);

describe('findStatistics', () => {
  it('returns every statistic for an empty filter', () => {
    expect(findStatistics()).toEqual(article.statistics);
    expect(findStatistics({})).toEqual(article.statistics);
  });

  it('returns only statistics that meet every criterion given, in text order', () => {
    fc.assert(
      fc.property(filterArbitrary, (filter) => {
        const found = findStatistics(filter);
        for (const s of found) {
          if (filter.unitKind) expect(s.unit.kind).toBe(filter.unitKind);
          if (filter.currency)
            expect(s.unit).toEqual({ kind: 'currency', currency: filter.currency });
          if (filter.period) expect(s.period?.startsWith(filter.period)).toBe(true);
          if (filter.subject) expect(s.subject).toBe(filter.subject);
          if (filter.comparator) expect(s.comparator).toBe(filter.comparator);
          if (filter.text) {
            const haystack = `${s.label} ${s.measure} ${s.statedAs}`
              .toLowerCase()
              .replace(/’/g, "'");
            expect(haystack).toContain(filter.text.toLowerCase());
          }
        }
        inTextOrder(found.map((s) => s.source.anchor.start));
      }),
    );
  });

  it('never finds more when a criterion is added, and misses no statistic that meets the criteria', () => {
    fc.assert(
      fc.property(filterArbitrary, filterArbitrary, (first, second) => {
        const both = findStatistics({ ...first, ...second });
        const wider = findStatistics(second);
        for (const s of both) expect(wider).toContain(s);
      }),
    );
    for (const kind of ['percent', 'currency', 'count', 'rank', 'years'] as const) {
      expect(findStatistics({ unitKind: kind })).toEqual(
        article.statistics.filter((s) => s.unit.kind === kind),
      );
    }
  });

  it('matches text regardless of case and of the kind of apostrophe', () => {
    expect(findStatistics({ text: "COUNTRY'S" }).map((s) => s.id)).toEqual(
      findStatistics({ text: 'country’s' }).map((s) => s.id),
    );
    expect(findStatistics({ text: "country's" }).length).toBeGreaterThan(0);
  });

  it('rejects an unknown key or value from untyped code, naming the valid ones', () => {
    const call = (filter: unknown) => () => findStatistics(filter as StatisticFilter);
    expect(call({ unitkind: 'percent' })).toThrow(
      /filter\.unitkind: unknown option; the options are "unitKind"/,
    );
    expect(call({ unitKind: 'percentage' })).toThrow(/expected one of "percent", "currency"/);
    expect(call({ currency: 'EUR' })).toThrow(InvalidOptionError);
    expect(call({ subject: 'peking' })).toThrow(/"beijing"/);
    expect(call({ period: '19' })).toThrow(/YYYY/);
    expect(call('percent')).toThrow(/expected an object/);
  });
});
