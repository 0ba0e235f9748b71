import { statistics } from '../generated/article-data.js';
import { ENTITY_IDS } from '../generated/ids.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { COMPARATORS, CURRENCIES, UNIT_KINDS } from '../internal/vocabulary.js';
import type {
  ArticleIds,
  BuiltInIds,
  Comparator,
  Currency,
  Statistic,
  Unit,
  UnitKind,
} from '../types/index.js';

/**
 * What {@link findStatistics} matches; every field given must match.
 *
 * @example
 * ```ts
 * import { findStatistics, type StatisticFilter } from 'beijing-digital-economy';
 *
 * const filter: StatisticFilter = { comparator: 'more-than', period: '2019' };
 * findStatistics(filter).map((s) => s.statedAs);
 * //=> ['50%', 'US$160 billion']
 * ```
 * @category Query
 */
export interface StatisticFilter<Ids extends ArticleIds = BuiltInIds> {
  /** The unit's kind: `'percent'`, `'currency'`, `'count'`, `'rank'` or `'years'`; the result is typed with that unit. @defaultValue any */
  readonly unitKind?: UnitKind;
  /** The currency (ISO 4217) of a money figure; only currency statistics match. @defaultValue any */
  readonly currency?: Currency;
  /** An ISO 8601 year, month or day; a statistic matches when its period lies within it (`'2019'` matches `'2019'` and `'2019-05'`). Statistics without a period never match. @defaultValue any */
  readonly period?: string;
  /** The entity the figure is about. @defaultValue any */
  readonly subject?: Ids['entity'];
  /** The entity the figure is attributed to (`source.attributedTo`). @defaultValue any */
  readonly attributedTo?: Ids['entity'];
  /** The comparator, as the text words it. @defaultValue any */
  readonly comparator?: Comparator;
  /** Words to find, ignoring case and the kind of apostrophe, in the label, the measure or the stated form. @defaultValue any */
  readonly text?: string;
}

/**
 * A statistic whose unit is of one kind: `StatisticOfUnit<'currency'>` has a `CurrencyUnit`, so
 * `unit.currency` needs no check.
 *
 * @example
 * ```ts
 * import { findStatistics, type StatisticOfUnit } from 'beijing-digital-economy';
 *
 * const money: readonly StatisticOfUnit<'currency'>[] = findStatistics({ unitKind: 'currency' });
 * money.map((s) => s.unit.currency);
 * //=> ['USD', 'CNY']
 * ```
 * @category Query
 */
export type StatisticOfUnit<
  Kind extends UnitKind,
  Ids extends ArticleIds = BuiltInIds,
> = Statistic<Ids> & { readonly unit: Extract<Unit, { readonly kind: Kind }> };

/**
 * The statistics a filter returns, typed by its `unitKind` (or by `currency`, as money).
 *
 * @example
 * ```ts
 * import type { FilteredStatistic, StatisticOfUnit } from 'beijing-digital-economy';
 *
 * const same: FilteredStatistic<{ unitKind: 'percent' }> extends StatisticOfUnit<'percent'> ? true : false = true;
 * same;
 * //=> true
 * ```
 * @category Query
 */
export type FilteredStatistic<Filter, Ids extends ArticleIds = BuiltInIds> = Filter extends {
  readonly unitKind: infer Kind extends UnitKind;
}
  ? StatisticOfUnit<Kind, Ids>
  : Filter extends { readonly currency: Currency }
    ? StatisticOfUnit<'currency', Ids>
    : Statistic<Ids>;

const FILTER_KEYS = [
  'unitKind',
  'currency',
  'period',
  'subject',
  'attributedTo',
  'comparator',
  'text',
] as const;

const normalise = (words: string) => words.toLowerCase().replace(/[‘’ʼ]/g, "'");

/**
 * {@link findStatistics} over any article's statistics; `entityIds` are that article's entity
 * ids, against which `subject` and `attributedTo` are checked.
 *
 * @internal
 */
export function findStatisticsIn<Ids extends ArticleIds, Filter extends StatisticFilter<Ids>>(
  all: readonly Statistic<Ids>[],
  entityIds: readonly string[],
  filter: Filter | undefined,
): readonly FilteredStatistic<Filter, Ids>[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { unitKind, currency, period, subject, attributedTo, comparator, text } = filter ?? {};
  if (unitKind !== undefined) checkOneOf('filter.unitKind', unitKind, UNIT_KINDS);
  if (currency !== undefined) checkOneOf('filter.currency', currency, CURRENCIES);
  if (comparator !== undefined) checkOneOf('filter.comparator', comparator, COMPARATORS);
  if (subject !== undefined) checkOneOf('filter.subject', subject, entityIds);
  if (attributedTo !== undefined) checkOneOf('filter.attributedTo', attributedTo, entityIds);
  if (
    period !== undefined &&
    (typeof period !== 'string' || !/^\d{4}(-\d{2}){0,2}$/.test(period))
  ) {
    throw new InvalidOptionError(
      'filter.period',
      `got ${JSON.stringify(period)}; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  if (text !== undefined && typeof text !== 'string')
    throw new InvalidOptionError('filter.text', `got ${typeof text}; expected a string`);
  const words = text === undefined ? undefined : normalise(text);
  // The unit filter above is what makes the narrowed type true.
  return all.filter(
    (s) =>
      (unitKind === undefined || s.unit.kind === unitKind) &&
      (currency === undefined || (s.unit.kind === 'currency' && s.unit.currency === currency)) &&
      (period === undefined ||
        (s.period !== undefined && (s.period === period || s.period.startsWith(`${period}-`)))) &&
      (subject === undefined || s.subject === subject) &&
      (attributedTo === undefined || s.source.attributedTo === attributedTo) &&
      (comparator === undefined || s.comparator === comparator) &&
      (words === undefined ||
        [s.label, s.measure, s.statedAs].some((field) => normalise(field).includes(words))),
  ) as readonly unknown[] as readonly FilteredStatistic<Filter, Ids>[];
}

/**
 * Finds the statistics of the article that match a filter.
 *
 * @param filter - What to match; an empty filter matches every statistic.
 * @returns The matching statistics, in text order.
 * @throws {InvalidOptionError} When the filter has an unknown key or a value outside its list
 *   (from untyped code), naming the valid ones.
 * @example
 * ```ts
 * import { findStatistics } from 'beijing-digital-economy';
 *
 * findStatistics({ unitKind: 'currency', currency: 'CNY' }).map((s) => s.statedAs);
 * //=> ['286.89 billion yuan']
 * ```
 * @category Query
 */
export function findStatistics<const Filter extends StatisticFilter = StatisticFilter>(
  filter?: Filter,
): readonly FilteredStatistic<Filter>[] {
  return findStatisticsIn(statistics, ENTITY_IDS, filter);
}
