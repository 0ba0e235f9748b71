import { describe, expect, it } from 'vitest';
import { paragraphs, statistics } from '../../src/index.js';
import { comparatorOfWording, readStatedFigure } from '../../src/internal/stated-figure.js';

describe.each(statistics.map((s) => [s.id, s] as const))('statistic %s', (_id, statistic) => {
  // The reader that the generator and the schema use; tests/schema/stated-figures.test.ts checks it.
  const figure = readStatedFigure(statistic.statedAs) ?? { value: Number.NaN, kind: 'number' };

  it('has the value its surface form states, in base units', () => {
    expect(statistic.value).toBe(figure.value);
  });

  it('has the unit its surface form states', () => {
    expect(statistic.unit.kind === 'percent').toBe(figure.kind === 'percent');
    expect(statistic.unit.kind === 'currency' ? statistic.unit.currency : undefined).toBe(
      figure.currency,
    );
  });

  it('has the comparator its wording states', () => {
    expect(statistic.comparator).toBe(comparatorOfWording(statistic.source.anchor.exact));
  });

  it('states its surface form within its anchor', () => {
    expect(statistic.source.anchor.exact).toContain(statistic.statedAs);
  });

  it('repeats the same figure with the same comparator wherever it is restated', () => {
    for (const restated of statistic.restatedAt ?? []) {
      expect(comparatorOfWording(restated.exact)).toBe(statistic.comparator);
      const numeral = /\d+(?:\.\d+)?%?/.exec(restated.exact)?.[0];
      if (numeral !== undefined) expect(readStatedFigure(numeral)?.value).toBe(statistic.value);
    }
  });

  it('names a period whose year the paragraph states', () => {
    if (statistic.period === undefined) return;
    const paragraph = paragraphs.find((p) => p.id === statistic.source.anchor.paragraphId);
    expect(paragraph?.text).toContain(statistic.period.slice(0, 4));
  });

  it('gives a rank as a whole position of at least 1', () => {
    if (statistic.unit.kind !== 'rank') return;
    expect(Number.isInteger(statistic.value) && statistic.value >= 1).toBe(true);
  });
});

describe('the figures, cross-checked', () => {
  it('flags the 44% share, which 22 companies of a top-500 list cannot make', () => {
    const companies = statistics.find((s) => s.id === 'big-data-top-500-beijing-companies-2019');
    const share = statistics.find((s) => s.id === 'big-data-top-500-national-share-2019');
    const listSize = Number(/Top (\d+)/.exec(share?.source.via ?? '')?.[1]);
    const implied = ((companies?.value ?? 0) / listSize) * 100;
    expect(implied).not.toBeCloseTo(share?.value ?? 0, 0);
    expect(share?.notes?.some((n) => n.kind === 'inconsistency' && n.text.includes('4.4%'))).toBe(
      true,
    );
  });

  it('keeps the money of each statistic in the currency the text states', () => {
    const currencies = statistics.flatMap((s) =>
      s.unit.kind === 'currency' ? [[s.statedAs, s.unit.currency]] : [],
    );
    for (const [statedAs, currency] of currencies) {
      expect(currency).toBe(statedAs?.startsWith('US$') ? 'USD' : 'CNY');
    }
  });
});
