import * as z from 'zod';
import { ParagraphIdSchema } from './ids.js';
import type { ArticleIds, TextAnchor } from '../types/index.js';

const offset = z.int().nonnegative();

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link TextAnchorSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `TextAnchor`. */
export const textAnchorDefinition = z
  .strictObject({
    /** The paragraph the words are in. */
    paragraphId: ParagraphIdSchema,
    start: offset,
    end: offset,
    /** The words themselves: `text.slice(start, end)`. */
    exact: z.string().min(1),
    /** Up to 32 characters just before the words. */
    prefix: z.string(),
    /** Up to 32 characters just after the words. */
    suffix: z.string(),
  })
  .refine((anchor) => anchor.end - anchor.start === anchor.exact.length, {
    message: 'end - start must equal the length of exact (in UTF-16 code units)',
    path: ['end'],
  })
  .readonly();

/**
 * Validates a {@link TextAnchor}: a paragraph id of this article, whole offsets, and `end - start`
 * equal to the length of `exact`. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 * import { TextAnchorSchema } from 'beijing-digital-economy/schema';
 *
 * TextAnchorSchema.safeParse(getStatistic('service-trade-volume-2019').source.anchor).success;
 * //=> true
 * ```
 * @category Schema
 */
export const TextAnchorSchema: z.ZodType<TextAnchor<ArticleIds>> = textAnchorDefinition;
