import * as z from 'zod';
import { ENTITY_IDS, PARAGRAPH_IDS, POLICY_IDS, QUOTE_IDS, STATISTIC_IDS } from '../generated/ids.js';

/** Schema of a {@link ParagraphId}: one of the article's paragraph ids. @category Schema */
export const ParagraphIdSchema = z.enum(PARAGRAPH_IDS);
/** Schema of an {@link EntityId}: one of the article's entity ids. @category Schema */
export const EntityIdSchema = z.enum(ENTITY_IDS);
/** Schema of a {@link StatisticId}: one of the article's statistic ids. @category Schema */
export const StatisticIdSchema = z.enum(STATISTIC_IDS);
/** Schema of a {@link QuoteId}: one of the article's quote ids. @category Schema */
export const QuoteIdSchema = z.enum(QUOTE_IDS);
/** Schema of a {@link PolicyId}: one of the article's policy ids. @category Schema */
export const PolicyIdSchema = z.enum(POLICY_IDS);
