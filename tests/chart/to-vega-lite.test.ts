import { readFileSync } from 'node:fs';
import * as vegaLite from 'vega-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findStatistics,
  InvalidOptionError,
  statistics,
  toVegaLite,
  VEGA_LITE_SCHEMA,
  type Statistic,
  type UnitKind,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { FIGURES, renderSvg } from '../../scripts/docs/render-charts.js';
import { projectRoot } from '../support/built-package.js';
import { compileWarnings, validate } from '../support/vega-lite.js';

const KINDS: UnitKind[] = ['percent', 'currency', 'count', 'rank', 'years'];
// The groups and their charts are made in each test, not while the tests are collected (see
// vitest.mutation.config.ts).
describe.each(KINDS)('toVegaLite of the %s statistics', (kind) => {
  let group: readonly Statistic[] = [];
  let spec: ReturnType<typeof toVegaLite>;
  beforeEach(() => {
    group = findStatistics({ unitKind: kind });
    spec = toVegaLite(group, { names: { jilin: 'Jilin' } });
  });

  it('names the Vega-Lite version the tests use, whose package is installed', () => {
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(VEGA_LITE_SCHEMA).toContain(`/v${vegaLite.version.split('.')[0]}.json`);
  });

  it('compiles with Vega-Lite’s own compiler without a warning', () => {
    expect(compileWarnings(spec)).toEqual([]);
  });

  it('validates against the Vega-Lite JSON Schema (ajv)', () => {
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries every statistic as a datum with its value, comparator, period and attribution', () => {
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.map((d) => d.id)).toEqual(group.map((s) => s.id));
    group.forEach((s, i) => {
      expect(values[i]).toMatchObject({
        value: s.value,
        comparator: s.comparator,
        according: 'Jilin',
      });
      expect(values[i]?.period).toBe(s.period ?? '—');
    });
  });
});

describe('toVegaLite', () => {
  it('keeps dollars and yuan in panels of their own, never summed', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'currency' })) as unknown as {
      vconcat: { transform: { filter: { equal: string } }[] }[];
    };
    expect(spec.vconcat.map((panel) => panel.transform[0]?.filter.equal).sort()).toEqual([
      'CNY',
      'USD',
    ]);
    expect(JSON.stringify(spec)).not.toMatch(/"aggregate"|"sum"/);
  });

  it('shows the comparator on every bar, in words of the locale', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'percent' }), { locale: zhHans });
    const displays = (spec.data as { values: { display: string }[] }).values.map((d) => d.display);
    expect(displays.some((d) => d.startsWith('超过'))).toBe(true);
    expect(displays.some((d) => d.startsWith('约'))).toBe(true);
  });

  it('tells, in the tooltip data, the kinds of notes each figure carries, each once: the 44% is flagged as inconsistent', () => {
    const values = (
      toVegaLite(findStatistics({ unitKind: 'percent' })).data as {
        values: { id: string; notes: string }[];
      }
    ).values;
    for (const datum of values) {
      const statistic = statistics.find((s) => s.id === datum.id);
      const kinds = (statistic?.notes ?? []).map((n) => n.kind);
      const shown = datum.notes === '—' ? [] : datum.notes.split(', ');
      // Every kind of note the figure carries, each named once.
      expect(new Set(shown)).toEqual(new Set(kinds));
      expect(shown.length).toBe(new Set(shown).size);
    }
    expect(values.find((d) => d.id === 'big-data-top-500-national-share-2019')?.notes).toContain(
      'inconsistency',
    );
  });

  it('throws InvalidOptionError naming the kinds when they are mixed', () => {
    expect(() => toVegaLite(statistics)).toThrow(InvalidOptionError);
    expect(() => toVegaLite(statistics)).toThrow(
      /mixed unit kinds \(percent, rank, currency, count, years\)/,
    );
    expect(() => toVegaLite([])).toThrow(/non-empty array/);
    expect(() => toVegaLite([{ unit: 5 } as unknown as Statistic])).toThrow(InvalidOptionError);
  });
});

describe('the rendered figures', () => {
  // The committed figures are rendered in Chromium (npm run generate); without a browser, this test
  // compares their words with a server-side render of the current data, and their size with the
  // README column. tests/browser/figures.browser.ts measures the text with the browser's fonts.
  const texts = (svg: string) =>
    [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).sort();
  it.each(Object.entries(FIGURES))(
    '%s says what the data renders now (run `npm run generate` when this fails)',
    async (file, spec) => {
      const committed = readFileSync(`${projectRoot}/${file}`, 'utf8');
      expect(texts(committed).length).toBeGreaterThan(10);
      expect(texts(committed)).toEqual(texts(await renderSvg(spec())));
    },
  );

  it.each(Object.keys(FIGURES))('%s fits a README column (at most 900 px wide)', (file) => {
    const width = Number(
      /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(
        readFileSync(`${projectRoot}/${file}`, 'utf8'),
      )?.[1],
    );
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(900);
  });

  it('open the README and appear in the data-model guide', () => {
    const readme = readFileSync(`${projectRoot}/README.md`, 'utf8');
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain('](docs/figures/percentages.svg)');
    const guide = readFileSync(`${projectRoot}/docs/data-model.md`, 'utf8');
    for (const file of Object.keys(FIGURES)) expect(guide).toContain(file.replace('docs/', ''));
  });
});
