import * as z from 'zod';
import { NOTE_KINDS } from '../internal/vocabulary.js';
import type { Note } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link NoteSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Note`. */
export const noteDefinition = z
  .strictObject({
    /** What sort of doubt: translation, inference, inconsistency or ambiguity. */
    kind: z.enum(NOTE_KINDS),
    /** The doubt, explained. */
    text: z.string().min(1),
  })
  .readonly();

/**
 * Validates a {@link Note}: one of the four kinds, and a non-empty text. Unknown keys are errors.
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
