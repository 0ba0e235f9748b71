import * as z from 'zod';
import { COMPARATORS } from '../internal/vocabulary.js';

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
export const ComparatorSchema = z.enum(COMPARATORS);

/**
 * How the stated value relates to the true one, as the text words it: "exceeded US$160 billion"
 * is `more-than`, "about 20%" is `about`, "top 20" is `at-most`.
 *
 * @example
 * ```ts
 * import { getStatistic, type Comparator } from 'beijing-digital-economy';
 *
 * const comparator: Comparator = getStatistic('service-trade-share-of-national-2019').comparator;
 * comparator;
 * //=> 'about'
 * ```
 * @category Data
 */
export type Comparator = z.infer<typeof ComparatorSchema>;
