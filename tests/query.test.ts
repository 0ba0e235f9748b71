import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  ENTITY_IDS,
  excerpt,
  findStatistics,
  InvalidOptionError,
  itemsAt,
  mentionsOf,
  PARAGRAPH_IDS,
  quotesBy,
  UnknownIdError,
  type StatisticFilter,
} from '../src/index.js';
import { allAnchors } from './support/all-anchors.js';

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

const inTextOrder = (starts: number[]) => expect(starts).toEqual([...starts].sort((a, b) => a - b));

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

describe('quotesBy', () => {
  it('gives each quote to its speaker and to no one else, in text order', () => {
    const all = ENTITY_IDS.flatMap((id) => quotesBy(id).map((q) => [id, q] as const));
    expect(all).toHaveLength(article.quotes.length);
    for (const [id, quote] of all) expect(quote.speaker).toBe(id);
    inTextOrder(quotesBy('jilin').map((q) => q.anchor.start));
    expect(quotesBy('baidu')).toEqual([]);
  });

  it('throws UnknownIdError for an id that is not an entity', () => {
    expect(() => quotesBy('ji-lin' as never)).toThrow(UnknownIdError);
  });
});

describe('mentionsOf', () => {
  it('gives, for every entity, anchors whose words are one of its names', () => {
    for (const entity of article.entities) {
      const mentions = mentionsOf(entity.id);
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.exact);
      inTextOrder(mentions.map((m) => m.start));
    }
  });
});

describe('itemsAt', () => {
  it('returns exactly the items anchored in the paragraph, each list in text order', () => {
    const seen = {
      statistics: new Set<string>(),
      quotes: new Set<string>(),
      policies: new Set<string>(),
    };
    for (const id of PARAGRAPH_IDS) {
      const items = itemsAt(id);
      for (const s of items.statistics) {
        expect([s.source.anchor, ...(s.restatedAt ?? [])].some((a) => a.paragraphId === id)).toBe(
          true,
        );
        seen.statistics.add(s.id);
      }
      for (const q of items.quotes) {
        expect(q.anchor.paragraphId).toBe(id);
        seen.quotes.add(q.id);
      }
      for (const p of items.policies) {
        expect(p.anchor.paragraphId).toBe(id);
        seen.policies.add(p.id);
      }
      inTextOrder(items.quotes.map((q) => q.anchor.start));
    }
    expect(seen.statistics.size).toBe(article.statistics.length);
    expect(seen.quotes.size).toBe(article.quotes.length);
    expect(seen.policies.size).toBe(article.policies.length);
  });

  it('counts a restatement in the headline as anchored there', () => {
    expect(itemsAt('headline').statistics.length).toBe(
      article.statistics.filter((s) => s.restatedAt?.some((a) => a.paragraphId === 'headline'))
        .length,
    );
  });
});

describe('excerpt', () => {
  const anchors = allAnchors(article).map((a) => a.anchor);

  it('marks the anchored words inside a piece of their own paragraph, no longer than asked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...anchors), fc.nat(200), (anchor, context) => {
        const text = excerpt(anchor, { context, marks: ['[[', ']]'] });
        const [before = '', rest = ''] = text.split('[[');
        const [exact, after = ''] = rest.split(']]');
        expect(exact).toBe(anchor.exact);
        const plainBefore = before.replace(/^…/, '');
        const plainAfter = after.replace(/…$/, '');
        expect(plainBefore.length).toBeLessThanOrEqual(context);
        expect(plainAfter.length).toBeLessThanOrEqual(context);
        const paragraph = article.paragraphs.find((p) => p.id === anchor.paragraphId);
        expect(paragraph?.text).toContain(`${plainBefore}${anchor.exact}${plainAfter}`);
        const shownFrom = anchor.start - plainBefore.length;
        const shownTo = anchor.end + plainAfter.length;
        expect(article.text.slice(shownFrom, shownTo)).toBe(
          `${plainBefore}${anchor.exact}${plainAfter}`,
        );
        expect(before.startsWith('…')).toBe(shownFrom > (paragraph?.start ?? 0));
        expect(after.endsWith('…')).toBe(shownTo < (paragraph?.end ?? 0));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects an anchor whose words are not at its offsets', () => {
    const [first] = anchors;
    if (!first) throw new Error('no anchors');
    expect(() => excerpt({ ...first, start: first.start + 1, end: first.end + 1 })).toThrow(
      InvalidOptionError,
    );
    expect(() => excerpt(first, { context: -1 })).toThrow(/whole number/);
  });
});
