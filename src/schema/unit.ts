import * as z from 'zod';
import { CURRENCIES } from '../internal/vocabulary.js';
import type { Currency, Unit } from '../types/index.js';

/** {@link CurrencySchema} as zod infers it; the tests prove it equal to `Currency`. */
export const currencyDefinition = z.enum(CURRENCIES);

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
export const CurrencySchema: z.ZodType<Currency> = currencyDefinition;

/** {@link UnitSchema} as zod infers it; the tests prove it equal to `Unit`. */
export const unitDefinition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent') }).readonly(),
  z.strictObject({ kind: z.literal('currency'), currency: CurrencySchema }).readonly(),
  z.strictObject({ kind: z.literal('count'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('rank'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('years') }).readonly(),
]);

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
export const UnitSchema: z.ZodType<Unit> = unitDefinition;

