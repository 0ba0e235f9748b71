import { isArray } from '../internal/is-array.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOptions } from '../internal/check-options.js';
import { csvText } from '../internal/csv.js';
import { guard } from '../internal/guard.js';
import type { Statistic, ArticleIds } from '../types/index.js';

/**
 * Options of {@link toCSV}.
 *
 * @example
 * ```ts
 * import { statistics, toCSV, type ToCSVOptions } from 'beijing-digital-economy';
 *
 * const options: ToCSVOptions = { header: false };
 * toCSV(statistics, options).split('\r\n').length - 1;
 * //=> 13
 * ```
 * @category Export
 */
export interface ToCSVOptions {
  /** Prefix `'` to text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return, so that a spreadsheet does not run them as formulas. Numbers are never changed. @defaultValue `true` */
  readonly neutralizeFormulas?: boolean;
  /** Whether to begin with a header row. @defaultValue `true` */
  readonly header?: boolean;
}

/**
 * The columns of {@link toCSV}, in order.
 *
 * @example
 * ```ts
 * import { CSV_COLUMNS } from 'beijing-digital-economy';
 *
 * CSV_COLUMNS.slice(0, 4);
 * //=> ['id', 'label', 'value', 'unit']
 * ```
 * @category Export
 */
export const CSV_COLUMNS = [
  'id',
  'label',
  'value',
  'unit',
  'unit_of',
  'currency',
  'comparator',
  'period',
  'stated_as',
  'attributed_to',
  'paragraph',
  'start',
  'end',
] as const;

/**
 * Statistics as CSV (RFC 4180): one row per statistic, the columns of {@link CSV_COLUMNS}, cells
 * quoted where they hold a comma, quote or line break, rows ended by CRLF.
 *
 * @param statistics - The statistics, e.g. the package's `statistics` or `findStatistics(…)`.
 * @param options - Formula neutralising and the header row.
 * @returns The CSV text.
 * @throws {InvalidOptionError} When `statistics` is not an array, or an option is unknown.
 * @example
 * ```ts
 * import { findStatistics, toCSV } from 'beijing-digital-economy';
 *
 * toCSV(findStatistics({ currency: 'USD' }), { header: false });
 * //=> 'service-trade-volume-2019,"Service trade, total import and export volume",160000000000,currency,,USD,more-than,2019,US$160 billion,jilin,body-1,669,692\r\n'
 * ```
 * @category Export
 */
export function toCSV(
  statistics: readonly Statistic<ArticleIds>[],
  options: ToCSVOptions = {},
): string {
  checkOptions('options', options, ['neutralizeFormulas', 'header']);
  if (!isArray(statistics))
    throw new InvalidOptionError('statistics', 'expected an array of statistics');
  const rows = guard('statistics', 'an array of statistics', () =>
    statistics.map((s) => {
      const { unit } = s;
      return [
        s.id,
        s.label,
        s.value,
        unit.kind,
        unit.kind === 'count' || unit.kind === 'rank' ? unit.of : undefined,
        unit.kind === 'currency' ? unit.currency : undefined,
        s.comparator,
        s.period,
        s.statedAs,
        s.source.attributedTo,
        s.source.anchor.paragraphId,
        s.source.anchor.start,
        s.source.anchor.end,
      ];
    }),
  );
  return guard('statistics', 'an array of statistics', () =>
    csvText(
      options.header === false ? undefined : CSV_COLUMNS,
      rows,
      options.neutralizeFormulas ?? true,
    ),
  );
}
