import * as z from 'zod';
import { CURRENCIES } from '../internal/vocabulary.js';

/**
 * Schema of an ISO 4217 currency code that the article uses.
 *
 * @example
 * ```ts
 * import { CurrencySchema } from 'beijing-digital-economy/schema';
 *
 * CurrencySchema.safeParse('USD').success;
 * //=> true
 * ```
 * @category Schema
 */
export const CurrencySchema = z.enum(CURRENCIES);

/**
 * An ISO 4217 currency code that the article uses.
 *
 * @example
 * ```ts
 * import { findStatistics, type Currency } from 'beijing-digital-economy';
 *
 * const currencies: Currency[] = findStatistics({ unitKind: 'currency' }).flatMap((s) => (s.unit.kind === 'currency' ? [s.unit.currency] : []));
 * currencies;
 * //=> ['USD', 'CNY']
 * ```
 * @category Data
 */
export type Currency = z.infer<typeof CurrencySchema>;

/**
 * Schema of a {@link Unit}.
 *
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 * import { UnitSchema } from 'beijing-digital-economy/schema';
 *
 * UnitSchema.safeParse(getStatistic('service-trade-volume-2019').unit).success;
 * //=> true
 * ```
 * @category Schema
 */
export const UnitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent') }).readonly(),
  z.strictObject({ kind: z.literal('currency'), currency: CurrencySchema }).readonly(),
  z.strictObject({ kind: z.literal('count'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('rank'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('years') }).readonly(),
]);

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
export type Unit = z.infer<typeof UnitSchema>;

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
