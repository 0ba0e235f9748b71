import * as z from 'zod';
import type { Note } from '../types/index.js';

/** {@link NoteSchema} as zod infers it; the tests prove it equal to `Note`. */
export const noteDefinition = z
  .strictObject({
    /** What sort of doubt: translation, inference, inconsistency or ambiguity. */
    kind: z.enum(['translation', 'inference', 'inconsistency', 'ambiguity']),
    /** The doubt, explained. */
    text: z.string().min(1),
  })
  .readonly();

/**
 * Schema of a {@link Note}.
 *
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 * import { NoteSchema } from 'beijing-digital-economy/schema';
 *
 * NoteSchema.safeParse(getStatistic('big-data-top-500-national-share-2019').notes?.[0]).success;
 * //=> true
 * ```
 * @category Schema
 */
export const NoteSchema: z.ZodType<Note> = noteDefinition;

