import * as z from 'zod';
import { COMPARATORS } from '../internal/vocabulary.js';
import type { Comparator } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link ComparatorSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Comparator`. */
export const comparatorDefinition = z.enum(COMPARATORS);

/**
 * Validates a {@link Comparator}: one of the six comparators.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from 'beijing-digital-economy/schema';
 *
 * ComparatorSchema.safeParse('more-than').success;
 * //=> true
 * ```
 * @category Schema
 */
export const ComparatorSchema: z.ZodType<Comparator> = comparatorDefinition;
