import { statistics } from '../generated/article-data.js';
import { ENTITY_IDS } from '../generated/ids.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { COMPARATORS, CURRENCIES, UNIT_KINDS } from '../internal/vocabulary.js';
import type { Comparator, Currency, Statistic, UnitKind } from '../types/index.js';
import type { EntityId } from '../generated/ids.js';

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
export interface StatisticFilter {
  /** The unit's kind: `'percent'`, `'currency'`, `'count'`, `'rank'` or `'years'`. @defaultValue any */
  readonly unitKind?: UnitKind;
  /** The currency (ISO 4217) of a money figure; only currency statistics match. @defaultValue any */
  readonly currency?: Currency;
  /** An ISO 8601 year, month or day; a statistic matches when its period lies within it (`'2019'` matches `'2019'` and `'2019-05'`). Statistics without a period never match. @defaultValue any */
  readonly period?: string;
  /** The entity the figure is about. @defaultValue any */
  readonly subject?: EntityId;
  /** The comparator, as the text words it. @defaultValue any */
  readonly comparator?: Comparator;
  /** Words to find, ignoring case and the kind of apostrophe, in the label, the measure or the stated form. @defaultValue any */
  readonly text?: string;
}

const FILTER_KEYS = ['unitKind', 'currency', 'period', 'subject', 'comparator', 'text'] as const;

const normalise = (words: string) => words.toLowerCase().replace(/[‘’ʼ]/g, "'");

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
export function findStatistics(filter: StatisticFilter = {}): readonly Statistic[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { unitKind, currency, period, subject, comparator, text } = filter;
  if (unitKind !== undefined) checkOneOf('filter.unitKind', unitKind, UNIT_KINDS);
  if (currency !== undefined) checkOneOf('filter.currency', currency, CURRENCIES);
  if (comparator !== undefined) checkOneOf('filter.comparator', comparator, COMPARATORS);
  if (subject !== undefined) checkOneOf('filter.subject', subject, ENTITY_IDS);
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
  return statistics.filter(
    (s) =>
      (unitKind === undefined || s.unit.kind === unitKind) &&
      (currency === undefined || (s.unit.kind === 'currency' && s.unit.currency === currency)) &&
      (period === undefined ||
        (s.period !== undefined && (s.period === period || s.period.startsWith(`${period}-`)))) &&
      (subject === undefined || s.subject === subject) &&
      (comparator === undefined || s.comparator === comparator) &&
      (words === undefined ||
        [s.label, s.measure, s.statedAs].some((field) => normalise(field).includes(words))),
  );
}
