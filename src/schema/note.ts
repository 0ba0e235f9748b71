import * as z from 'zod';
import { NOTE_KINDS } from '../internal/vocabulary.js';

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
export const NoteSchema = z
  .strictObject({
    /** What sort of doubt: translation, inference, inconsistency or ambiguity. */
    kind: z.enum(NOTE_KINDS),
    /** The doubt, explained. */
    text: z.string().min(1),
  })
  .readonly();

/**
 * A remark attached to an item where the package had to interpret the source: a doubtful
 * translation, an inference, figures that do not add up, or wording that allows two readings.
 *
 * @example
 * ```ts
 * import { getStatistic, type Note } from 'beijing-digital-economy';
 *
 * const notes: readonly Note[] = getStatistic('big-data-top-500-national-share-2019').notes ?? [];
 * notes.map((note) => note.kind);
 * //=> ['inconsistency', 'inference']
 * ```
 * @category Data
 */
export type Note = z.infer<typeof NoteSchema>;

/**
 * What sort of doubt a {@link Note} records: `translation` (the English renders the Chinese
 * oddly or wrongly), `inference` (the data reads something the text does not state, and says on
 * what basis), `inconsistency` (figures that do not agree) or `ambiguity` (wording that allows
 * more than one reading).
 *
 * @example
 * ```ts
 * import { findNotes, type NoteKind } from 'beijing-digital-economy';
 *
 * const kind: NoteKind = 'inconsistency';
 * findNotes({ kind }).length;
 * //=> 4
 * ```
 * @category Data
 */
export type NoteKind = Note['kind'];
