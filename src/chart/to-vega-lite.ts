import { isArray } from '../internal/is-array.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { statisticForms, statisticValue } from '../format/format-statistic.js';
import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import { zhNoteText } from '../internal/chinese.js';
import { own } from '../internal/own.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { UNIT_KINDS } from '../internal/vocabulary.js';
import { NOTE_KIND_WORDS_ZH } from '../internal/words.js';
import type { ArticleIds, Locale, Metadata, Note, Statistic } from '../types/index.js';

/**
 * Options of {@link toVegaLite}.
 *
 * @example
 * ```ts
 * import { findStatistics, toVegaLite, type ToVegaLiteOptions } from 'beijing-digital-economy';
 *
 * const options: ToVegaLiteOptions = { title: 'Money', source: 'Beijing News' };
 * toVegaLite(findStatistics({ unitKind: 'currency' }), options).title;
 * //=> { text: 'Money', subtitle: 'Beijing News' }
 * ```
 * @category Chart
 */
export interface ToVegaLiteOptions {
  /** As for the formatters: a BCP 47 tag for English words, or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese labels, titles, tooltips and legend, the Chinese text of each inconsistency and ambiguity note in the tooltip, and money drawn in 亿. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
  /** The chart's title. @defaultValue a title for the unit kind, e.g. "Beijing's figures in per cent" */
  readonly title?: string;
  /** The source line under the title. @defaultValue `'Source: Beijing News (Shell Finance), September 2020'` */
  readonly source?: string;
  /** Names for the entity ids of `source.attributedTo`, e.g. `{ jilin: 'Ji Lin' }`; an id not named here is named as `nameOf` names it in the locale (an id of another article, as it is). @defaultValue `{}` */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * A Vega-Lite specification: plain JSON with its `$schema`.
 *
 * @example
 * ```ts
 * import { findStatistics, toVegaLite, VEGA_LITE_SCHEMA, type VegaLiteSpec } from 'beijing-digital-economy';
 *
 * const spec: VegaLiteSpec = toVegaLite(findStatistics({ unitKind: 'years' }));
 * spec.$schema === VEGA_LITE_SCHEMA;
 * //=> true
 * ```
 * @category Chart
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [property: string]: unknown;
}

/**
 * The JSON Schema of the Vega-Lite version that the specifications name, and that the tests
 * compile and validate them with.
 *
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA } from 'beijing-digital-economy';
 *
 * VEGA_LITE_SCHEMA.endsWith('/v6.json');
 * //=> true
 * ```
 * @category Chart
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

const DEFAULT_SOURCE = 'Source: Beijing News (Shell Finance), September 2020';
const TITLES: Record<Statistic<ArticleIds>['unit']['kind'], string> = {
  percent: 'Beijing’s figures in per cent',
  currency: 'Beijing’s figures in money, by currency',
  count: 'Beijing’s figures in counts',
  rank: 'Beijing’s rankings',
  years: 'Beijing’s figures in years',
};
const BILLION = 1e9;
/** 亿, the unit Chinese counts large sums in. */
const YI = 1e8;

const ZH = {
  source: '来源：新京报（贝壳财经），2020年9月',
  titles: {
    percent: '北京的百分比数据',
    currency: '北京的金额数据（按币种）',
    count: '北京的计数数据',
    rank: '北京的排名',
    years: '北京的年数数据',
  } as Record<Statistic<ArticleIds>['unit']['kind'], string>,
  axis: { percent: '%', currency: '亿', count: '数量', rank: '名次', years: '年' } as Record<
    Statistic['unit']['kind'],
    string
  >,
  currencies: { USD: '美元', CNY: '人民币' } as Record<string, string>,
  axisOf: { USD: '亿美元', CNY: '亿元人民币' } as Record<string, string>,
  tooltip: ['数据', '原文所述', '时期', '来源', '注'],
  legend: '原文措辞',
  exactly: '确数',
};
/** One colour per comparator in every chart: exact figures solid blue, open-ended ones warm. */
const COMPARATOR_COLOURS = {
  exactly: '#4c78a8',
  about: '#72b7b2',
  'more-than': '#f58518',
  'at-least': '#e45756',
  'at-most': '#b279a2',
  'less-than': '#9d755d',
} as const;

/**
 * A Vega-Lite specification that charts statistics of one unit kind as horizontal bars: each bar
 * labelled with its value as the text states it ("more than 50%", "about 20%"), coloured by its
 * comparator so that an open-ended figure is never read as exact, with the period, the
 * attribution and the kinds of any notes (an inconsistency, say) in the tooltip, a title and a
 * source line. Money is split by currency, one panel each with its own scale, so dollars and yuan
 * are never added up. Any Vega-Lite tool renders it; the package renders none.
 *
 * @param statistics - Statistics of one unit kind, e.g. `findStatistics({ unitKind: 'percent' })`.
 * @param options - Locale, title, source line and names for the attributions.
 * @returns The specification, plain JSON, with `$schema` set to {@link VEGA_LITE_SCHEMA}.
 * @throws {InvalidOptionError} When `statistics` is empty, mixes unit kinds (the message names
 *   them), or is not an array of statistics; or an option is unknown.
 * @example
 * ```ts
 * import { findStatistics, toVegaLite } from 'beijing-digital-economy';
 *
 * const spec = toVegaLite(findStatistics({ unitKind: 'percent' }), { names: { jilin: 'Jilin' } });
 * (spec.data as { values: { display: string }[] }).values.map((datum) => datum.display);
 * //=> ['more than 50%', 'about 20%', '44%', 'more than 40%']
 * ```
 * @category Chart
 */
export function toVegaLite(
  statistics: readonly Statistic<ArticleIds>[],
  options: ToVegaLiteOptions = {},
): VegaLiteSpec {
  return toVegaLiteWith(statistics, options, BUILT_IN_CHART);
}

type UnitKind = Statistic<ArticleIds>['unit']['kind'];

/** What a chart says where the caller says nothing: its title, its source line, its names. */
export interface ChartDefaults {
  readonly title: (kind: UnitKind, zh: boolean) => string;
  /** The source line; `forms` is the locale module when the chart is in Chinese. */
  readonly source: (forms: Locale<ArticleIds> | undefined) => string;
  readonly nameEntity: EntityNamer;
}

/** The built-in article's chart: Beijing's figures, credited to the Beijing News. */
const BUILT_IN_CHART: ChartDefaults = {
  title: (kind, zh) => (zh ? ZH.titles[kind] : TITLES[kind]),
  source: (forms) => (forms === undefined ? DEFAULT_SOURCE : ZH.source),
  nameEntity: builtInName,
};

const ANY_ARTICLE_TITLES: Record<UnitKind, readonly [english: string, chinese: string]> = {
  percent: ['Figures in per cent', '百分比数据'],
  currency: ['Figures in money, by currency', '金额数据（按币种）'],
  count: ['Figures in counts', '计数数据'],
  rank: ['Rankings', '排名'],
  years: ['Figures in years', '年数数据'],
};

/**
 * The chart of any article: titles that name no place, and a source line of its publisher and
 * month of publication, named as `nameEntity` names them.
 */
export function chartDefaultsFor(
  metadata: Pick<Metadata<ArticleIds>, 'publisher' | 'datePublished'>,
  nameEntity: EntityNamer,
): ChartDefaults {
  const [year, month] = metadata.datePublished.value.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  return {
    title: (kind, zh) => ANY_ARTICLE_TITLES[kind][zh ? 1 : 0],
    source: (forms) => {
      const publisher = nameEntity(metadata.publisher, forms) ?? metadata.publisher;
      return forms === undefined
        ? `Source: ${publisher}, ${when.toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`
        : `来源：${publisher}，${when.getUTCFullYear()}年${when.getUTCMonth() + 1}月`;
    },
    nameEntity,
  };
}

/** {@link toVegaLite} with the defaults of a given article (see `forArticle`). */
export function toVegaLiteWith(
  statistics: readonly Statistic<ArticleIds>[],
  options: ToVegaLiteOptions,
  defaults: ChartDefaults,
): VegaLiteSpec {
  checkOptions('options', options, ['locale', 'title', 'source', 'names']);
  if (!isArray(statistics) || statistics.length === 0) {
    throw new InvalidOptionError(
      'statistics',
      'expected a non-empty array of statistics of one unit kind',
    );
  }
  return guard('statistics', 'an array of statistics', (): VegaLiteSpec => {
    statistics.forEach((statistic, i) =>
      checkOneOf(`statistics[${i}].unit.kind`, statistic.unit.kind, UNIT_KINDS),
    );
    const kinds: Statistic<ArticleIds>['unit']['kind'][] = [
      ...new Set(statistics.map((s) => s.unit.kind)),
    ];
    const [kind] = kinds;
    // Stryker disable next-line ConditionalExpression: equivalent, the array is not empty and every kind was checked above: kind is never undefined here
    if (kind === undefined || kinds.length > 1) {
      throw new InvalidOptionError(
        'statistics',
        `mixed unit kinds (${kinds.join(', ')}); a chart needs statistics of one kind, e.g. findStatistics({ unitKind: '${kinds[0] ?? 'percent'}' })`,
      );
    }
    const locale = resolveLocale(options.locale);
    const { tag, forms } = locale;
    const zh = forms !== undefined;
    // The caveats a reader of the chart needs in its tooltip: in Chinese, the text of each
    // inconsistency and ambiguity note, then the kinds of the other notes; in English the kinds.
    const notesOf = (notes: readonly Note[]): string => {
      if (!zh) return [...new Set(notes.map((note) => note.kind))].join(', ');
      const told = notes
        .filter((note) => note.kind === 'inconsistency' || note.kind === 'ambiguity')
        .map(
          (note) =>
            `${own(NOTE_KIND_WORDS_ZH, note.kind) ?? note.kind}：${zhNoteText(forms, note).replace(/。$/, '')}`,
        );
      const others = [
        ...new Set(
          notes
            .filter((note) => note.kind !== 'inconsistency' && note.kind !== 'ambiguity')
            .map((note) => own(NOTE_KIND_WORDS_ZH, note.kind) ?? note.kind),
        ),
      ];
      const parts = [...told, ...(others.length > 0 ? [`另有${others.join('、')}说明`] : [])];
      return parts.length === 0 ? '' : `${parts.join('；')}。`;
    };
    const names = options.names ?? {};
    // In Chinese the legend names each comparator in words (超过, 约, 确数) rather than by its token.
    const comparatorName = (comparator: Statistic<ArticleIds>['comparator']) =>
      zh ? forms.words.comparators[comparator] || ZH.exactly : comparator;
    const values = statistics.map((s) => ({
      id: s.id,
      label: statisticForms(forms, s)?.label.text ?? s.label,
      value: s.value,
      plotted: s.unit.kind === 'currency' ? s.value / (zh ? YI : BILLION) : s.value,
      comparator: comparatorName(s.comparator),
      statedAs: s.statedAs,
      // The bar's label stands beside it, so a Chinese count does not repeat what it counts.
      display: statisticValue(s, locale, 'long', true),
      period: s.period === undefined ? '—' : formatPeriod(s.period, tag),
      according:
        names[s.source.attributedTo] ??
        defaults.nameEntity(s.source.attributedTo, forms) ??
        s.source.attributedTo,
      // Each kind once: two translation notes read as one kind of doubt in a tooltip.
      notes: notesOf(s.notes ?? []) || '—',
      ...(s.unit.kind === 'currency' ? { currency: s.unit.currency } : {}),
    }));
    const present = new Set(statistics.map((s) => s.comparator));
    const shown = (Object.keys(COMPARATOR_COLOURS) as (keyof typeof COMPARATOR_COLOURS)[]).filter(
      (comparator) => present.has(comparator),
    );
    // In English the axis of counts, ranks and years is titled by the kind's own word; money's
    // axis is titled in each currency's panel below, whatever this says.
    const unitTitle = zh ? ZH.axis[kind] : kind === 'percent' ? '%' : kind;
    const y = { field: 'label', type: 'nominal', sort: null, title: null };
    const x = {
      field: 'plotted',
      type: 'quantitative',
      title: unitTitle,
      ...(kind === 'percent' ? { scale: { domain: [0, 100] } } : {}),
    };
    const tooltipTitles = zh
      ? ZH.tooltip
      : ['statistic', 'as stated', 'period', 'according to', 'notes'];
    const tooltip = ['label', 'display', 'period', 'according', 'notes'].map((field, i) => ({
      field,
      title: tooltipTitles[i],
    }));
    const colour = {
      field: 'comparator',
      type: 'nominal',
      title: zh ? ZH.legend : 'the text says',
      scale: {
        domain: shown.map(comparatorName),
        range: shown.map((comparator) => COMPARATOR_COLOURS[comparator]),
      },
    };
    const layers = [
      { mark: { type: 'bar', height: { band: 0.7 } }, encoding: { y, x, color: colour, tooltip } },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { y, x, text: { field: 'display' }, tooltip },
      },
    ];
    const title = {
      text: options.title ?? defaults.title(kind, zh),
      subtitle: options.source ?? defaults.source(forms),
    };
    const common = {
      $schema: VEGA_LITE_SCHEMA,
      title,
      // The description ends as its language ends a sentence: 。 after Chinese.
      description: zh
        ? [title.text, title.subtitle].map((part) => part.replace(/[。.]?$/, '。')).join('')
        : `${title.text}. ${title.subtitle}`,
      data: { values },
      config: { axis: { labelLimit: 640 } },
    };
    if (kind === 'currency') {
      // One panel per currency, each with its own scale: dollars and yuan are never added up.
      // Stryker disable next-line StringLiteral: equivalent, statisticValue above refuses money without a currency, so every datum here has one
      const currencies = [...new Set(values.map((datum) => datum.currency ?? ''))];
      return {
        ...common,
        vconcat: currencies.map((currency) => ({
          title: {
            text: zh ? (ZH.currencies[currency] ?? currency) : currency,
            anchor: 'start',
            fontSize: 11,
          },
          transform: [{ filter: { field: 'currency', equal: currency } }],
          width: 420,
          layer: layers.map((layer) => ({
            ...layer,
            encoding: {
              ...layer.encoding,
              x: {
                ...x,
                title: zh ? (ZH.axisOf[currency] ?? currency) : `billions of ${currency}`,
              },
            },
          })),
        })),
        resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' } },
      };
    }
    return { ...common, width: 420, layer: layers };
  });
}
