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
    id: QuoteIdSchema,
    speaker: EntityIdSchema,
    mode: QuoteModeSchema,
    text: z.string().min(1),
    anchor: TextAnchorSchema,
    about: z.array(z.union([StatisticIdSchema, PolicyIdSchema])).readonly().exactOptional(),
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
