import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatisticsIn } from '../../src/query/find-statistics.js';
import {
  ENTITY_IDS,
  findStatistics,
  getStatistic,
  statistics,
  type StatisticFilter,
} from '../../src/index.js';
import { byId } from '../support/by-id.js';
import { optionErrorMessage } from '../support/option-error.js';

const ids = (filter: StatisticFilter) => findStatistics(filter).map((s) => s.id);
const ALL = statistics.map((s) => s.id);
const ZGC = ['zhongguancun-software-park-headquarters', 'zhongguancun-software-park-output-2019'];
const OF_2019 = [
  'digital-economy-share-of-gdp-2019',
  'digital-economy-share-of-gdp-national-rank-2019',
  'service-trade-volume-2019',
  'service-trade-share-of-national-2019',
  'zhongguancun-software-park-output-2019',
  'big-data-top-500-beijing-companies-2019',
  'big-data-top-500-national-share-2019',
  'big-data-top-500-national-rank-2019',
];

describe('findStatistics, criterion by criterion', () => {
  it('returns every statistic for no filter or an empty one', () => {
    expect(ids({})).toEqual(ALL);
    expect(findStatistics().map((s) => s.id)).toEqual(ALL);
  });

  it('finds by subject: the park’s two figures, Beijing’s eleven, none of a person', () => {
    expect(ids({ subject: 'zhongguancun-software-park' })).toEqual(ZGC);
    expect(ids({ subject: 'beijing' })).toEqual(ALL.filter((id) => !ZGC.includes(id)));
    expect(ids({ subject: 'jilin' })).toEqual([]);
  });

  it('finds by attribution: every figure is Jilin’s', () => {
    expect(ids({ attributedTo: 'jilin' })).toEqual(ALL);
    expect(ids({ attributedTo: 'baidu' })).toEqual([]);
  });

  it('finds by period: the eight figures of 2019, none of 2020 or of a month', () => {
    expect(ids({ period: '2019' })).toEqual(OF_2019);
    expect(ids({ period: '2020' })).toEqual([]);
    expect(ids({ period: '2019-01' })).toEqual([]);
  });

  it('finds by comparator, currency and words', () => {
    expect(ids({ comparator: 'more-than' })).toEqual([
      'digital-economy-share-of-gdp-2019',
      'service-trade-volume-2019',
      'zhongguancun-software-park-headquarters',
      'industrial-enterprises-cloud-platform-access-rate',
    ]);
    expect(ids({ comparator: 'about' })).toEqual(['service-trade-share-of-national-2019']);
    expect(ids({ comparator: 'less-than' })).toEqual([]);
    expect(ids({ currency: 'USD' })).toEqual(['service-trade-volume-2019']);
    expect(ids({ currency: 'CNY' })).toEqual(['zhongguancun-software-park-output-2019']);
    expect(ids({ text: 'park' })).toEqual(ZGC);
    expect(ids({ text: "COUNTRY'S" })).toEqual([
      'service-trade-share-of-national-2019',
      'big-data-top-500-national-share-2019',
    ]);
    expect(ids({ text: 'Country’s' })).toEqual(ids({ text: "COUNTRY'S" }));
    expect(ids({ text: 'zzz' })).toEqual([]);
    // Case folds to lower case, as Unicode folds it: a dotless ı is not an i.
    expect(ids({ text: 'digital' }).length).toBeGreaterThan(0);
    expect(ids({ text: 'dıgıtal' })).toEqual([]);
    expect(ids({ text: '' })).toEqual(ALL);
  });

  it('finds the words in the label, the measure or the stated form', () => {
    const volume = getStatistic('service-trade-volume-2019');
    for (const field of [volume.label, volume.measure, volume.statedAs])
      expect(ids({ text: field })).toContain('service-trade-volume-2019');
  });
});

describe('findStatistics with several criteria', () => {
  const criteria = {
    unitKind: ['percent', 'currency', 'count', 'rank', 'years'],
    currency: ['USD', 'CNY'],
    period: ['2019', '2020'],
    subject: ['beijing', 'zhongguancun-software-park', 'jilin'],
    comparator: ['exactly', 'about', 'more-than', 'at-most'],
    text: ['share', 'rank', 'park', 'zzz'],
  } as const;
  const filter = fc.record(
    Object.fromEntries(
      Object.entries(criteria).map(([key, values]) => [key, fc.constantFrom(...values)]),
    ) as { [K in keyof typeof criteria]: fc.Arbitrary<(typeof criteria)[K][number]> },
    { requiredKeys: [] },
  );

  it('finds exactly the statistics that each criterion finds alone, in text order', () => {
    fc.assert(
      fc.property(filter, (f: StatisticFilter) => {
        const alone = Object.entries(f).map(([key, value]) => new Set(ids({ [key]: value })));
        expect(ids(f)).toEqual(ALL.filter((id) => alone.every((found) => found.has(id))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findStatistics on periods of other articles', () => {
  const template = byId(statistics, 'service-trade-volume-2019');
  const dated = ['2019', '2019-05', '2019-05-10', '2020', '2019-12-31', undefined].map(
    (period, i) => ({ ...template, id: `s${i}`, period }),
  );
  const find = (period: string) =>
    findStatisticsIn(dated as never, ENTITY_IDS, { period }).map((s) => s.id);

  it('matches a period that lies within the one asked for, and never one without a period', () => {
    expect(find('2019')).toEqual(['s0', 's1', 's2', 's4']);
    expect(find('2019-05')).toEqual(['s1', 's2']);
    expect(find('2019-05-10')).toEqual(['s2']);
    expect(find('2019-12')).toEqual(['s4']);
    expect(find('2021')).toEqual([]);
  });
});

describe('findStatistics on filters from untyped code', () => {
  const message = (filter: unknown) =>
    optionErrorMessage(() => findStatistics(filter as StatisticFilter));

  it.each<[unknown, string]>([
    ['percent', 'filter: expected an object of options, got string'],
    [
      { unitkind: 'percent' },
      'filter.unitkind: unknown option; the options are "unitKind", "currency", "period", "subject", "attributedTo", "comparator", "text"',
    ],
    [
      { unitKind: 'ratio' },
      'filter.unitKind: got "ratio"; expected one of "percent", "currency", "count", "rank", "years"',
    ],
    [{ currency: 'EUR' }, 'filter.currency: got "EUR"; expected one of "USD", "CNY"'],
    [
      { comparator: 'over' },
      'filter.comparator: got "over"; expected one of "exactly", "about", "more-than", "at-least", "at-most", "less-than"',
    ],
    [
      { period: '19' },
      'filter.period: got "19"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { period: 'x2019' },
      'filter.period: got "x2019"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { period: '2019-5' },
      'filter.period: got "2019-5"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { period: '2019-05-10-01' },
      'filter.period: got "2019-05-10-01"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      { period: 2019 },
      'filter.period: got 2019; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [{ text: 5 }, 'filter.text: got number; expected a string'],
  ])('rejects %j', (filter, expected) => {
    expect(message(filter)).toBe(expected);
  });

  it('names the entities when the subject or the source is not one', () => {
    const entities = ENTITY_IDS.map((id) => `"${id}"`).join(', ');
    expect(message({ subject: 'peking' })).toBe(
      `filter.subject: got "peking"; expected one of ${entities}`,
    );
    expect(message({ attributedTo: 'ji-lin' })).toBe(
      `filter.attributedTo: got "ji-lin"; expected one of ${entities}`,
    );
  });
});
