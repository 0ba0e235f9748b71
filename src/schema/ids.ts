import type * as z from 'zod';
import { SlugSchema } from './vocabularies.js';

// An id schema checks the form of an id only. Whether an id names an item of the article, and
// whether it repeats, is the article's business: ArticleSchema checks every id and every reference
// against the article's own lists, so the format carries any article, not only the built-in one.

/**
 * Validates the form of an entity id: lower-case words joined by hyphens. That it names an entity
 * of the article is checked by `ArticleSchema`.
 *
 * @example
 * ```ts
 * import { EntityIdSchema } from 'beijing-digital-economy/schema';
 *
 * [EntityIdSchema.safeParse('jilin').success, EntityIdSchema.safeParse('Jilin').success];
 * //=> [true, false]
 * ```
 * @category Schema
 */
export const EntityIdSchema: z.ZodType<string> = SlugSchema;
/**
 * Validates the form of a statistic id: lower-case words joined by hyphens. That it names a
 * statistic of the article is checked by `ArticleSchema`.
 *
 * @example
 * ```ts
 * import { StatisticIdSchema } from 'beijing-digital-economy/schema';
 *
 * StatisticIdSchema.safeParse('service-trade-volume-2019').success;
 * //=> true
 * ```
 * @category Schema
 */
export const StatisticIdSchema: z.ZodType<string> = SlugSchema;
/**
 * Validates the form of a quote id: lower-case words joined by hyphens. That it names a quote of
 * the article is checked by `ArticleSchema`.
 *
 * @example
 * ```ts
 * import { QuoteIdSchema } from 'beijing-digital-economy/schema';
 *
 * QuoteIdSchema.safeParse('jilin-park-output').success;
 * //=> true
 * ```
 * @category Schema
 */
export const QuoteIdSchema: z.ZodType<string> = SlugSchema;
/**
 * Validates the form of a policy id: lower-case words joined by hyphens. That it names a policy of
 * the article is checked by `ArticleSchema`.
 *
 * @example
 * ```ts
 * import { PolicyIdSchema } from 'beijing-digital-economy/schema';
 *
 * PolicyIdSchema.safeParse('digital-economy-1-plus-3-policy-system').success;
 * //=> true
 * ```
 * @category Schema
 */
export const PolicyIdSchema: z.ZodType<string> = SlugSchema;

/**
 * Validates the form of a paragraph id: lower-case words joined by hyphens. That it names a
 * paragraph of the article is checked by `ArticleSchema`.
 *
 * @example
 * ```ts
 * import { ParagraphIdSchema } from 'beijing-digital-economy/schema';
 *
 * ParagraphIdSchema.safeParse('lead').success;
 * //=> true
 * ```
 * @category Schema
 */
export const ParagraphIdSchema: z.ZodType<string> = SlugSchema;
