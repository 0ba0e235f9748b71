import * as z from 'zod';
import { ParagraphIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { ParagraphRoleSchema } from './vocabularies.js';
import type { ArticleIds, Paragraph } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link ParagraphSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Paragraph`. */
export const paragraphDefinition = z
  .strictObject({
    /** The paragraph's id, which names its role: `lead`, `body-3`, … */
    id: ParagraphIdSchema,
    /** Its position, from 0. */
    index: z.int().nonnegative(),
    /** Section label, headline, lead, body, credits or boilerplate. */
    role: ParagraphRoleSchema,
    /** Its text: `article.text.slice(start, end)`. */
    text: z.string(),
    /** Offset of its first character in the article text. */
    start: z.int().nonnegative(),
    /** Offset just past its last character. */
    end: z.int().nonnegative(),
    /** What the paragraph is, where its role is a reading: e.g. that it is the republishing site's, not the report's. */
    notes: z.array(NoteSchema).min(1).readonly().exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link Paragraph}: an id and role from this article, and whole, non-negative offsets.
 * Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { getParagraph } from 'beijing-digital-economy';
 * import { ParagraphSchema } from 'beijing-digital-economy/schema';
 *
 * ParagraphSchema.safeParse(getParagraph('lead')).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ParagraphSchema: z.ZodType<Paragraph<ArticleIds>> = paragraphDefinition;
