import * as z from 'zod';
import { EntityIdSchema, PolicyIdSchema, QuoteIdSchema, StatisticIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { QuoteModeSchema } from './vocabularies.js';
import type { ArticleIds, Quote } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link QuoteSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Quote`. */
export const quoteDefinition = z
  .strictObject({
    /** The quote's id. */
    id: QuoteIdSchema,
    /** The entity who says it. */
    speaker: EntityIdSchema,
    /** `direct` for words in quotation marks, `indirect` for reported speech. */
    mode: QuoteModeSchema,
    /** The words, without quotation marks; equal to `anchor.exact`. */
    text: z.string().min(1),
    /** Where the words stand in the text. */
    anchor: TextAnchorSchema,
    /** The statistics and policies the quote speaks of. */
    about: z
      .array(z.union([StatisticIdSchema, PolicyIdSchema]))
      .readonly()
      .exactOptional(),
    /** Doubts about the translation or the attribution. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link Quote}: the speaker, the mode, and references to statistics and policies of
 * this article. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { getQuote } from 'beijing-digital-economy';
 * import { QuoteSchema } from 'beijing-digital-economy/schema';
 *
 * QuoteSchema.safeParse(getQuote('jilin-park-output')).success;
 * //=> true
 * ```
 * @category Schema
 */
export const QuoteSchema: z.ZodType<Quote<ArticleIds>> = quoteDefinition;
