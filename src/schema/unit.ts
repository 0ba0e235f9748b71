import * as z from 'zod';
import { CURRENCIES } from '../internal/vocabulary.js';
import type { Currency, Unit } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link CurrencySchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Currency`. */
export const currencyDefinition = z.enum(CURRENCIES);

/**
 * Validates a {@link Currency}: an ISO 4217 code that the article uses.
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

/** {@link UnitSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Unit`. */
export const unitDefinition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent') }).readonly(),
  z.strictObject({ kind: z.literal('currency'), currency: CurrencySchema }).readonly(),
  z.strictObject({ kind: z.literal('count'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('rank'), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal('years') }).readonly(),
]);

/**
 * Validates a {@link Unit}: one of the five kinds, with the fields that kind needs. Unknown keys
 * are errors.
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
