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
  type ToVegaLiteOptions,
  type UnitKind,
  type VegaLiteSpec,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { FIGURES, renderSvg } from '../../scripts/docs/render-charts.js';
import { projectRoot } from '../support/built-package.js';
import { optionErrorMessage } from '../support/option-error.js';
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

// What a reader of the chart sees, word for word: its titles, its axes, its tooltip and the rows
// behind the bars, in English and in Chinese.
const SOURCE_EN = 'Source: Beijing News (Shell Finance), September 2020';
const SOURCE_ZH = '来源：新京报（贝壳财经），2020年9月';
const TOOLTIP_EN = [
  { field: 'label', title: 'statistic' },
  { field: 'display', title: 'as stated' },
  { field: 'period', title: 'period' },
  { field: 'according', title: 'according to' },
  { field: 'notes', title: 'notes' },
];
const TOOLTIP_ZH = [
  { field: 'label', title: '数据' },
  { field: 'display', title: '原文所述' },
  { field: 'period', title: '时期' },
  { field: 'according', title: '来源' },
  { field: 'notes', title: '注' },
];
const Y = { field: 'label', type: 'nominal', sort: null, title: null };

interface Layer {
  readonly mark: unknown;
  readonly encoding: Record<string, unknown>;
}
interface Panel {
  readonly title: unknown;
  readonly transform: unknown;
  readonly width: number;
  readonly layer: readonly Layer[];
}
const rowsOf = (spec: VegaLiteSpec) => (spec.data as { values: Record<string, unknown>[] }).values;
const layersOf = (spec: VegaLiteSpec) => spec.layer as readonly Layer[];
const panelsOf = (spec: VegaLiteSpec) => spec.vconcat as readonly Panel[];

describe('toVegaLite in English', () => {
  it('charts the percentages on a 0–100 axis, each bar coloured and labelled by what the text says', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'percent' }));
    expect(spec.title).toEqual({ text: 'Beijing’s figures in per cent', subtitle: SOURCE_EN });
    expect(spec.description).toBe(`Beijing’s figures in per cent. ${SOURCE_EN}`);
    expect(spec.width).toBe(420);
    const x = { field: 'plotted', type: 'quantitative', title: '%', scale: { domain: [0, 100] } };
    expect(layersOf(spec)).toStrictEqual([
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: Y,
          x,
          color: {
            field: 'comparator',
            type: 'nominal',
            title: 'the text says',
            scale: {
              domain: ['exactly', 'about', 'more-than'],
              range: ['#4c78a8', '#72b7b2', '#f58518'],
            },
          },
          tooltip: TOOLTIP_EN,
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { y: Y, x, text: { field: 'display' }, tooltip: TOOLTIP_EN },
      },
    ]);
  });

  it('gives each percentage a row with its figure as plotted and as stated, and the kinds of its notes', () => {
    // toStrictEqual: a row of a figure that is not money has no currency key at all.
    expect(rowsOf(toVegaLite(findStatistics({ unitKind: 'percent' })))).toStrictEqual([
      {
        id: 'digital-economy-share-of-gdp-2019',
        label: 'Digital economy as a share of GDP',
        value: 50,
        plotted: 50,
        comparator: 'more-than',
        statedAs: '50%',
        display: 'more than 50%',
        period: '2019',
        according: 'Jilin',
        notes: 'translation, ambiguity',
      },
      {
        id: 'service-trade-share-of-national-2019',
        label: 'Share of the country’s service trade',
        value: 20,
        plotted: 20,
        comparator: 'about',
        statedAs: '20%',
        display: 'about 20%',
        period: '2019',
        according: 'Jilin',
        notes: 'inference',
      },
      {
        id: 'big-data-top-500-national-share-2019',
        label: 'Beijing’s share of the 2019 China Top 500 Big Data Companies list',
        value: 44,
        plotted: 44,
        comparator: 'exactly',
        statedAs: '44%',
        display: '44%',
        period: '2019',
        according: 'Jilin',
        notes: 'inconsistency, inference',
      },
      {
        id: 'industrial-enterprises-cloud-platform-access-rate',
        label: 'Cloud and platform access rate of industrial enterprises above designated size',
        value: 40,
        plotted: 40,
        comparator: 'more-than',
        statedAs: '40%',
        display: 'more than 40%',
        period: '—',
        according: 'Jilin',
        notes: 'inference, ambiguity, translation',
      },
    ]);
  });

  it.each([
    ['count', 'Beijing’s figures in counts', 'count'],
    ['rank', 'Beijing’s rankings', 'rank'],
    ['years', 'Beijing’s figures in years', 'years'],
  ] as const)(
    'titles the %s chart and names its axis by the kind, with no fixed scale',
    (kind, title, axis) => {
      const spec = toVegaLite(findStatistics({ unitKind: kind }));
      expect(spec.title).toEqual({ text: title, subtitle: SOURCE_EN });
      expect(spec.description).toBe(`${title}. ${SOURCE_EN}`);
      for (const layer of layersOf(spec)) {
        expect(layer.encoding.x).toStrictEqual({
          field: 'plotted',
          type: 'quantitative',
          title: axis,
        });
        expect(layer.encoding.tooltip).toStrictEqual(TOOLTIP_EN);
      }
    },
  );

  it('draws money in billions, one panel per currency with its own axis title and scale', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'currency' }));
    expect(spec.title).toEqual({
      text: 'Beijing’s figures in money, by currency',
      subtitle: SOURCE_EN,
    });
    expect(spec.resolve).toStrictEqual({
      scale: { x: 'independent', y: 'independent', color: 'shared' },
    });
    expect(
      panelsOf(spec).map((panel) => [
        panel.title,
        panel.transform,
        panel.width,
        panel.layer.map((layer) => layer.encoding.x),
      ]),
    ).toStrictEqual(
      ['USD', 'CNY'].map((currency) => [
        { text: currency, anchor: 'start', fontSize: 11 },
        [{ filter: { field: 'currency', equal: currency } }],
        420,
        [1, 2].map(() => ({
          field: 'plotted',
          type: 'quantitative',
          title: `billions of ${currency}`,
        })),
      ]),
    );
    expect(
      rowsOf(spec).map(({ plotted, display, notes, currency }) => ({
        plotted,
        display,
        notes,
        currency,
      })),
    ).toStrictEqual([
      { plotted: 160, display: 'more than US$160 billion', notes: '—', currency: 'USD' },
      { plotted: 286.89, display: 'CN¥286.89 billion', notes: '—', currency: 'CNY' },
    ]);
  });
});

describe('toVegaLite in Chinese', () => {
  it('draws money in 亿, one panel per currency named in Chinese, a figure with no notes marked —', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'currency' }), { locale: zhHans });
    expect(spec.title).toEqual({ text: '北京的金额数据（按币种）', subtitle: SOURCE_ZH });
    expect(spec.description).toBe(`北京的金额数据（按币种）。${SOURCE_ZH}。`);
    expect(
      panelsOf(spec).map((panel) => [
        panel.title,
        panel.layer.map((layer) => (layer.encoding.x as { title: string }).title),
        panel.layer[0]?.encoding.tooltip,
        (panel.layer[0]?.encoding.color as { title: string; scale: unknown }).title,
        (panel.layer[0]?.encoding.color as { title: string; scale: unknown }).scale,
      ]),
    ).toStrictEqual(
      [
        ['美元', '亿美元'],
        ['人民币', '亿元人民币'],
      ].map(([currency, axis]) => [
        { text: currency, anchor: 'start', fontSize: 11 },
        [axis, axis],
        TOOLTIP_ZH,
        '原文措辞',
        { domain: ['确数', '超过'], range: ['#4c78a8', '#f58518'] },
      ]),
    );
    expect(rowsOf(spec)).toStrictEqual([
      {
        id: 'service-trade-volume-2019',
        label: '服务贸易进出口总额',
        value: 160000000000,
        plotted: 1600,
        comparator: '超过',
        statedAs: 'US$160 billion',
        display: '超过1600亿美元',
        period: '2019年',
        according: '吉林',
        notes: '—',
        currency: 'USD',
      },
      {
        id: 'zhongguancun-software-park-output-2019',
        label: '中关村软件园企业总产值',
        value: 286890000000,
        plotted: 2868.9,
        comparator: '确数',
        statedAs: '286.89 billion yuan',
        display: '2868.9亿元',
        period: '2019年',
        according: '吉林',
        notes: '—',
        currency: 'CNY',
      },
    ]);
  });

  it('labels a count’s bar with its figure alone, the label beside it saying what is counted', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'count' }), { locale: zhHans });
    expect(
      rowsOf(spec).map(({ label, plotted, comparator, display }) => ({
        label,
        plotted,
        comparator,
        display,
      })),
    ).toStrictEqual([
      {
        label: '中关村软件园内的企业总部和研发中心',
        plotted: 600,
        comparator: '超过',
        display: '超过600家',
      },
      {
        label: '入选“2019中国大数据企业500强”的北京企业',
        plotted: 22,
        comparator: '确数',
        display: '22家',
      },
    ]);
    expect((layersOf(spec)[0]?.encoding.x as { title: string }).title).toBe('数量');
  });

  it('tells in the tooltip the text of an ambiguity alone, with no word of other notes when there are none', () => {
    const rows = rowsOf(toVegaLite(findStatistics({ unitKind: 'rank' }), { locale: zhHans }));
    expect(
      rows.find((row) => row.id === 'digital-economy-share-of-gdp-national-rank-2019')?.notes,
    ).toBe(
      '歧义：正文没有说明北京是在什么范围内排名第一；大概是指全国各省级行政区，按与上述比重同样未加说明的口径排名（见“数字经济占GDP比重”一项关于口径的说明）。',
    );
    expect(rows.find((row) => row.id === 'business-environment-national-rank')?.notes).toBe(
      '另有推断说明。',
    );
  });

  it('tells the text of each inconsistency and ambiguity in turn, then the kinds of the other notes, each once', () => {
    // Notes of another article have no Chinese text: the tooltip gives their English, marked as such.
    const [share] = findStatistics({ unitKind: 'percent' });
    const noted = {
      ...share,
      notes: [
        { kind: 'inference', text: 'Worked out from the total.' },
        { kind: 'ambiguity', text: 'Which year is meant?' },
        { kind: 'translation', text: 'Rendered freely.' },
        { kind: 'inconsistency', text: 'The parts exceed the whole.' },
        { kind: 'inference', text: 'Rounded by the reporter.' },
      ],
    } as Statistic;
    const [row] = rowsOf(toVegaLite([noted], { locale: zhHans }));
    expect(row?.notes).toBe(
      '歧义：Which year is meant?（英文）；不一致：The parts exceed the whole.（英文）；另有推断、翻译说明。',
    );
  });
});

describe('toVegaLite refuses', () => {
  it('an unknown option, naming the options', () => {
    const misspelt = { colour: 'red' } as ToVegaLiteOptions;
    expect(
      optionErrorMessage(() => toVegaLite(findStatistics({ unitKind: 'rank' }), misspelt)),
    ).toBe('options.colour: unknown option; the options are "locale", "title", "source", "names"');
  });

  it('no statistics', () => {
    expect(optionErrorMessage(() => toVegaLite([]))).toBe(
      'statistics: expected a non-empty array of statistics of one unit kind',
    );
  });

  it('statistics of two kinds, suggesting the first kind', () => {
    const mixed = () =>
      toVegaLite([
        ...findStatistics({ unitKind: 'rank' }),
        ...findStatistics({ unitKind: 'percent' }),
      ]);
    expect(optionErrorMessage(mixed)).toBe(
      "statistics: mixed unit kinds (rank, percent); a chart needs statistics of one kind, e.g. findStatistics({ unitKind: 'rank' })",
    );
  });

  it('a statistic with no unit kind, naming it and the kinds there are', () => {
    expect(optionErrorMessage(() => toVegaLite([{ unit: {} } as unknown as Statistic]))).toBe(
      'statistics[0].unit.kind: got undefined; expected one of "percent", "currency", "count", "rank", "years"',
    );
    expect(
      optionErrorMessage(() =>
        toVegaLite([
          ...statistics.slice(0, 1),
          { unit: { kind: 'ratio' } } as unknown as Statistic,
        ]),
      ),
    ).toBe(
      'statistics[1].unit.kind: got "ratio"; expected one of "percent", "currency", "count", "rank", "years"',
    );
  });

  it('data of another shape, saying how to check it', () => {
    expect(optionErrorMessage(() => toVegaLite([{ unit: null } as unknown as Statistic]))).toMatch(
      /^statistics: is not an array of statistics \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('money with no currency', () => {
    const [money] = findStatistics({ unitKind: 'currency' });
    const unnamed = { ...money, unit: { kind: 'currency' } } as unknown as Statistic;
    for (const options of [{}, { locale: zhHans }]) {
      expect(optionErrorMessage(() => toVegaLite([unnamed], options))).toBe(
        'unit.currency: got undefined; expected one of "USD", "CNY"',
      );
    }
  });
});
