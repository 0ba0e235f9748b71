import * as z from 'zod';
import {
  ENTITY_IDS,
  PARAGRAPH_IDS,
  POLICY_IDS,
  QUOTE_IDS,
  STATISTIC_IDS,
} from '../generated/ids.js';
import type { EntityId, ParagraphId, PolicyId, QuoteId, StatisticId } from '../types/index.js';

/**
 * Validates a {@link EntityId}: one of the article's entity ids.
 *
 * @example
 * ```ts
 * import { EntityIdSchema } from 'beijing-digital-economy/schema';
 *
 * EntityIdSchema.safeParse('jilin').success;
 * //=> true
 * ```
 * @category Schema
 */
export const EntityIdSchema: z.ZodType<EntityId> = z.enum(ENTITY_IDS);
/**
 * Validates a {@link StatisticId}: one of the article's statistic ids.
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
export const StatisticIdSchema: z.ZodType<StatisticId> = z.enum(STATISTIC_IDS);
/**
 * Validates a {@link QuoteId}: one of the article's quote ids.
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
export const QuoteIdSchema: z.ZodType<QuoteId> = z.enum(QUOTE_IDS);
/**
 * Validates a {@link PolicyId}: one of the article's policy ids.
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
export const PolicyIdSchema: z.ZodType<PolicyId> = z.enum(POLICY_IDS);

/**
 * Validates a {@link ParagraphId}: one of the article's paragraph ids.
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
export const ParagraphIdSchema: z.ZodType<ParagraphId> = z.enum(PARAGRAPH_IDS);
