import * as z from 'zod';
import { EntityIdSchema, PolicyIdSchema, QuoteIdSchema, StatisticIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { QuoteModeSchema } from './vocabularies.js';

/**
 * Schema of a {@link Quote}.
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
export const QuoteSchema = z
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
    about: z.array(z.union([StatisticIdSchema, PolicyIdSchema])).readonly().exactOptional(),
    /** Doubts about the translation or the attribution. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
  })
  .readonly();

/**
 * Words the article attributes to someone: `direct` (in quotation marks, without the marks) or
 * `indirect` (reported speech). `text` equals `anchor.exact`; `about` names the statistics and
 * policies it speaks of. Titles in quotation marks are not quotes.
 *
 * @example
 * ```ts
 * import { getQuote, type Quote } from 'beijing-digital-economy';
 *
 * const quote: Quote = getQuote('jilin-park-output');
 * quote.speaker;
 * //=> 'jilin'
 * ```
 * @category Data
 */
export type Quote = z.infer<typeof QuoteSchema>;
