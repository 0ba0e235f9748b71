import * as z from 'zod';
import { ParagraphIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { ParagraphRoleSchema } from './vocabularies.js';

/**
 * Schema of a {@link Paragraph}.
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
export const ParagraphSchema = z
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
 * One paragraph of the source, with its role and where it lies: `article.text.slice(start, end)
 * === text`. Joined with blank lines, the paragraphs give back the whole text. `notes` say where
 * its role is a reading (the section label and the comment form belong to the site that
 * republished the translation).
 *
 * @example
 * ```ts
 * import { getParagraph, type Paragraph } from 'beijing-digital-economy';
 *
 * const paragraph: Paragraph = getParagraph('headline');
 * paragraph.role;
 * //=> 'headline'
 * ```
 * @category Data
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;
