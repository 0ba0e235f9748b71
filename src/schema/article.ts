import * as z from 'zod';
import { checkArticleConsistency } from './article-consistency.js';
import { EntitySchema } from './entity.js';
import { MetadataSchema } from './metadata.js';
import { ParagraphSchema } from './paragraph.js';
import { PolicySchema } from './policy.js';
import { QuoteSchema } from './quote.js';
import { StatisticSchema } from './statistic.js';
import { checkStatedFigures } from './stated-figures.js';
import { checkWellFormedText } from './well-formed-text.js';
import { SlugSchema } from './vocabularies.js';
import type { Article, ArticleIds } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link ArticleSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Article`. */
export const articleDefinition = z
  .strictObject({
    id: SlugSchema,
    text: z.string(),
    metadata: MetadataSchema,
    paragraphs: z.array(ParagraphSchema).min(1).readonly(),
    statistics: z.array(StatisticSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
    policies: z.array(PolicySchema).readonly(),
    entities: z.array(EntitySchema).readonly(),
  })
  .superRefine(checkArticleConsistency)
  .superRefine(checkWellFormedText)
  .superRefine(checkStatedFigures)
  .readonly();

/**
 * Validates an {@link Article}: the shape of every field, and the rules across fields — each
 * anchor's `exact` is the text at its offsets, the paragraphs rebuild the text, ids are unique
 * and every reference names an item of the article — that every figure agrees with the words
 * that state it (value, unit, currency, comparator, restatements, period and range, read from
 * `statedAs` and the anchors by the generator's own reader), and that every string is
 * well-formed text (no lone surrogate, no control character but tab and line feed).
 * @example
 * ```ts
 * import { article } from 'beijing-digital-economy';
 * import { ArticleSchema } from 'beijing-digital-economy/schema';
 *
 * ArticleSchema.safeParse(article).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ArticleSchema: z.ZodType<Article<ArticleIds>> = articleDefinition;
