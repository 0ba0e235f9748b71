import * as z from 'zod';
import { COMPARATORS } from '../internal/vocabulary.js';
import type { Comparator } from '../types/index.js';

/** {@link ComparatorSchema} as zod infers it; the tests prove it equal to `Comparator`. */
export const comparatorDefinition = z.enum(COMPARATORS);

/**
 * Schema of a {@link Comparator}.
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

