import type { Currency } from './vocabularies.js';

/**
 * A percentage, in points: `50` for 50 %.
 *
 * @example
 * ```ts
 * import { findStatistics, type PercentUnit } from 'beijing-digital-economy';
 *
 * const units: PercentUnit[] = findStatistics({ unitKind: 'percent' }).flatMap((s) => (s.unit.kind === 'percent' ? [s.unit] : []));
 * units.length;
 * //=> 4
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface PercentUnit {
  /** Always `percent`. */
  readonly kind: 'percent';
}

/**
 * An amount of money in whole units of an ISO 4217 currency.
 *
 * @example
 * ```ts
 * import { findStatistics, type CurrencyUnit } from 'beijing-digital-economy';
 *
 * const units: CurrencyUnit[] = findStatistics({ unitKind: 'currency' }).flatMap((s) => (s.unit.kind === 'currency' ? [s.unit] : []));
 * units.map((unit) => unit.currency);
 * //=> ['USD', 'CNY']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface CurrencyUnit {
  /** Always `currency`. */
  readonly kind: 'currency';
  /** The ISO 4217 code of the currency. */
  readonly currency: Currency;
}

/**
 * A number of things, named by `of`.
 *
 * @example
 * ```ts
 * import { findStatistics, type CountUnit } from 'beijing-digital-economy';
 *
 * const units: CountUnit[] = findStatistics({ unitKind: 'count' }).flatMap((s) => (s.unit.kind === 'count' ? [s.unit] : []));
 * units.length;
 * //=> 2
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface CountUnit {
  /** Always `count`. */
  readonly kind: 'count';
  /** What is counted, in the text's words where it can be. */
  readonly of: string;
}

/**
 * A position in a ranking (`1` for first), within the field named by `of`.
 *
 * @example
 * ```ts
 * import { findStatistics, type RankUnit } from 'beijing-digital-economy';
 *
 * const units: RankUnit[] = findStatistics({ unitKind: 'rank' }).flatMap((s) => (s.unit.kind === 'rank' ? [s.unit] : []));
 * units.length;
 * //=> 4
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface RankUnit {
  /** Always `rank`. */
  readonly kind: 'rank';
  /** What the ranking is among. */
  readonly of: string;
}

/**
 * A number of years.
 *
 * @example
 * ```ts
 * import { findStatistics, type YearsUnit } from 'beijing-digital-economy';
 *
 * const units: YearsUnit[] = findStatistics({ unitKind: 'years' }).flatMap((s) => (s.unit.kind === 'years' ? [s.unit] : []));
 * units.length;
 * //=> 1
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface YearsUnit {
  /** Always `years`. */
  readonly kind: 'years';
}

/**
 * What a statistic's `value` counts. Percentages are in points (`50` for 50 %), money in whole
 * units of its ISO 4217 currency, ranks as the position (`1` for first) within `of`.
 *
 * @example
 * ```ts
 * import { getStatistic, type Unit } from 'beijing-digital-economy';
 *
 * const unit: Unit = getStatistic('service-trade-global-rank').unit;
 * unit;
 * //=> { kind: 'rank', of: 'global service trade countries and regions' }
 * ```
 * @category Data
 */
export type Unit = PercentUnit | CurrencyUnit | CountUnit | RankUnit | YearsUnit;

/**
 * The kinds of {@link Unit}.
 *
 * @example
 * ```ts
 * import { statistics, type UnitKind } from 'beijing-digital-economy';
 *
 * const kinds = new Set<UnitKind>(statistics.map((s) => s.unit.kind));
 * [...kinds];
 * //=> ['percent', 'rank', 'currency', 'count', 'years']
 * ```
 * @category Data
 */
export type UnitKind = Unit['kind'];
