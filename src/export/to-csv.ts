import { isArray } from '../internal/is-array.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { csvText } from '../internal/csv.js';
import {
  CSV_TABLES,
  CSV_TABLE_NAMES,
  STATISTICS_COLUMNS,
  statisticRow,
  tableRows,
  type CsvTable,
} from '../internal/csv-tables.js';
import { guard } from '../internal/guard.js';
import type { Article, ArticleIds, Statistic } from '../types/index.js';

export { CSV_TABLES, type CsvTable } from '../internal/csv-tables.js';

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
  /** Given an article, the table to write (see {@link CSV_TABLES}); given statistics, only `'statistics'`. @defaultValue `'statistics'` */
  readonly table?: CsvTable;
}

/**
 * The columns of {@link toCSV} for statistics, in order (`CSV_TABLES.statistics`).
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
export const CSV_COLUMNS = STATISTICS_COLUMNS;

const OPTIONS = ['neutralizeFormulas', 'header', 'table'] as const;

/**
 * A table as CSV (RFC 4180): given statistics (the package's `statistics` or `findStatistics(…)`),
 * one row per statistic; given an article, the table that `options.table` names — its
 * paragraphs, entities, mentions, statistics, quotes, policies, items or notes — with the columns
 * of {@link CSV_TABLES}, the columns of the package's Data Package files. Cells are quoted where
 * they hold a comma, quote or line break; rows end with CRLF; an empty cell is a missing value.
 *
 * @param rows - The statistics, or an article (the package's `article` or one checked by
 *   `parseArticle`).
 * @param options - The table, formula neutralising and the header row.
 * @returns The CSV text.
 * @throws {InvalidOptionError} When `rows` is neither an array of statistics nor an article, an
 *   option is unknown, `table` is not a table, or statistics are given with another table.
 * @example
 * ```ts
 * import { article, findStatistics, toCSV } from 'beijing-digital-economy';
 *
 * toCSV(findStatistics({ currency: 'USD' }), { header: false });
 * //=> 'service-trade-volume-2019,"Service trade, total import and export volume",160000000000,currency,,USD,more-than,2019,US$160 billion,jilin,body-1,669,692,total import and export volume of service trade,beijing,\r\n'
 * toCSV(article, { table: 'notes' }).split('\r\n')[0];
 * //=> 'item_kind,item_id,number,kind,text'
 * ```
 * @category Export
 */
export function toCSV(
  rows: readonly Statistic<ArticleIds>[] | Article<ArticleIds>,
  options: ToCSVOptions = {},
): string {
  checkOptions('options', options, OPTIONS);
  const table = options.table ?? 'statistics';
  checkOneOf('options.table', table, CSV_TABLE_NAMES);
  if (isArray(rows) && table !== 'statistics')
    throw new InvalidOptionError(
      'options.table',
      `a list of statistics makes the statistics table; pass the article for "${table}"`,
    );
  if (!isArray(rows) && (typeof rows !== 'object' || rows === null))
    throw new InvalidOptionError('rows', 'expected an array of statistics or an article');
  const what = isArray(rows) ? 'an array of statistics' : 'an Article';
  return guard('rows', what, () =>
    csvText(
      options.header === false ? undefined : CSV_TABLES[table],
      isArray(rows) ? rows.map(statisticRow) : tableRows(rows, table),
      options.neutralizeFormulas ?? true,
    ),
  );
}
