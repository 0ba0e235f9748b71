import * as z from 'zod';
import { ParagraphIdSchema } from './ids.js';

const offset = z.int().nonnegative();

/**
 * Schema of a {@link TextAnchor}.
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
export const TextAnchorSchema = z
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
 * Where an item stands in the source: `article.text.slice(start, end) === exact`, with the
 * characters just before (`prefix`) and after (`suffix`) it, as a W3C TextQuoteSelector and a
 * TextPositionSelector in one. Offsets are UTF-16 code units; the text is all in the Basic
 * Multilingual Plane, so they are also Unicode code points.
 *
 * @example
 * ```ts
 * import { article, getStatistic, type TextAnchor } from 'beijing-digital-economy';
 *
 * const anchor: TextAnchor = getStatistic('service-trade-volume-2019').source.anchor;
 * article.text.slice(anchor.start, anchor.end) === anchor.exact;
 * //=> true
 * ```
 * @category Data
 */
export type TextAnchor = z.infer<typeof TextAnchorSchema>;
