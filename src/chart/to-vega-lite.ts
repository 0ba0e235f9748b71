import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { formatStatistic } from '../format/format-statistic.js';
import { checkOptions } from '../internal/check-options.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { Statistic } from '../types/index.js';

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
  /** A BCP 47 locale for the labels on the bars, as for the formatters (`en`, `zh-CN`). @defaultValue `'en'` */
  readonly locale?: string;
  /** The chart's title. @defaultValue a title for the unit kind, e.g. "Beijing's figures in per cent" */
  readonly title?: string;
  /** The source line under the title. @defaultValue `'Source: Beijing News (Shell Finance), September 2020'` */
  readonly source?: string;
  /** Names for the entity ids of `source.attributedTo`, e.g. `{ jilin: 'Jilin' }`; an id without a name is shown as it is. @defaultValue `{}` */
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
const TITLES: Record<Statistic['unit']['kind'], string> = {
  percent: 'Beijing’s figures in per cent',
  currency: 'Beijing’s figures in money, by currency',
  count: 'Beijing’s figures in counts',
  rank: 'Beijing’s rankings',
  years: 'Beijing’s figures in years',
};
const BILLION = 1e9;
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
export function toVegaLite(statistics: readonly Statistic[], options: ToVegaLiteOptions = {}): VegaLiteSpec {
  checkOptions('options', options, ['locale', 'title', 'source', 'names']);
  if (!Array.isArray(statistics) || statistics.length === 0) {
    throw new InvalidOptionError('statistics', 'expected a non-empty array of statistics of one unit kind');
  }
  return guard('statistics', 'an array of statistics', (): VegaLiteSpec => {
    const kinds: Statistic['unit']['kind'][] = [...new Set(statistics.map((s) => s.unit.kind))];
    const [kind] = kinds;
    if (kind === undefined || kinds.length > 1) {
      throw new InvalidOptionError(
        'statistics',
        `mixed unit kinds (${kinds.join(', ')}); a chart needs statistics of one kind, e.g. findStatistics({ unitKind: '${kinds[0] ?? 'percent'}' })`,
      );
    }
    const { tag } = resolveLocale(options.locale);
    const names = options.names ?? {};
    const values = statistics.map((s) => ({
      id: s.id,
      label: s.label,
      value: s.value,
      plotted: s.unit.kind === 'currency' ? s.value / BILLION : s.value,
      comparator: s.comparator,
      statedAs: s.statedAs,
      display: formatStatistic(s, { locale: tag, style: 'long', label: false, period: false }),
      period: s.period === undefined ? '—' : formatPeriod(s.period, tag),
      according: names[s.source.attributedTo] ?? s.source.attributedTo,
      notes: (s.notes ?? []).map((note: { readonly kind: string }) => note.kind).join(', ') || '—',
      ...(s.unit.kind === 'currency' ? { currency: s.unit.currency } : {}),
    }));
    const present = new Set(statistics.map((s) => s.comparator));
    const shown = (Object.keys(COMPARATOR_COLOURS) as (keyof typeof COMPARATOR_COLOURS)[]).filter((comparator) => present.has(comparator));
    const unitTitle = kind === 'percent' ? '%' : kind === 'currency' ? 'billions' : kind === 'years' ? 'years' : kind;
    const y = { field: 'label', type: 'nominal', sort: null, title: null };
    const x = { field: 'plotted', type: 'quantitative', title: unitTitle, ...(kind === 'percent' ? { scale: { domain: [0, 100] } } : {}) };
    const tooltip = [
      { field: 'label', title: 'statistic' },
      { field: 'display', title: 'as stated' },
      { field: 'period', title: 'period' },
      { field: 'according', title: 'according to' },
      { field: 'notes', title: 'notes' },
    ];
    const layers = [
      { mark: { type: 'bar', height: { band: 0.7 } }, encoding: { y, x, color: { field: 'comparator', type: 'nominal', title: 'the text says', scale: { domain: shown, range: shown.map((comparator) => COMPARATOR_COLOURS[comparator]) } }, tooltip } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { y, x, text: { field: 'display' }, tooltip } },
    ];
    const title = { text: options.title ?? TITLES[kind], subtitle: options.source ?? DEFAULT_SOURCE };
    const common = {
      $schema: VEGA_LITE_SCHEMA,
      title,
      description: `${title.text}. ${title.subtitle}`,
      data: { values },
      config: { axis: { labelLimit: 640 } },
    };
    if (kind === 'currency') {
      // One panel per currency, each with its own scale: dollars and yuan are never added up.
      const currencies = [...new Set(values.map((datum) => datum.currency ?? ''))];
      return {
        ...common,
        vconcat: currencies.map((currency) => ({
          title: { text: currency, anchor: 'start', fontSize: 11 },
          transform: [{ filter: { field: 'currency', equal: currency } }],
          width: 420,
          layer: layers.map((layer) => ({ ...layer, encoding: { ...layer.encoding, x: { ...x, title: `billions of ${currency}` } } })),
        })),
        resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' } },
      };
    }
    return { ...common, width: 420, layer: layers };
  });
}
