import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';

const fieldNotes = z.array(NoteSchema).min(1).readonly().exactOptional();

/**
 * Schema of {@link MetadataFieldNotes}.
 *
 * @example
 * ```ts
 * import { metadata } from 'beijing-digital-economy';
 * import { MetadataFieldNotesSchema } from 'beijing-digital-economy/schema';
 *
 * MetadataFieldNotesSchema.safeParse(metadata.fieldNotes).success;
 * //=> true
 * ```
 * @category Schema
 */
export const MetadataFieldNotesSchema = z
  .strictObject({
    /** Notes on `section`, e.g. that the label is the republishing site's, not the paper's. */
    section: fieldNotes,
    /** Notes on `language`. */
    language: fieldNotes,
    /** Notes on `translatedFrom`: the text does not say it is a translation. */
    translatedFrom: fieldNotes,
    /** Notes on `publisher`. */
    publisher: fieldNotes,
    /** Notes on `contributors` and their roles. */
    contributors: fieldNotes,
    /** Notes on `event`. */
    event: fieldNotes,
  })
  .readonly();

/**
 * Notes on single fields of {@link Metadata}, by field name: where a field is a reading of the
 * text rather than something it states. Only fields that carry notes are present.
 *
 * @example
 * ```ts
 * import { metadata, type MetadataFieldNotes } from 'beijing-digital-economy';
 *
 * const notes: MetadataFieldNotes | undefined = metadata.fieldNotes;
 * notes?.translatedFrom?.[0]?.kind;
 * //=> 'inference'
 * ```
 * @category Data
 */
export type MetadataFieldNotes = z.infer<typeof MetadataFieldNotesSchema>;

/**
 * A field of {@link Metadata} that can carry notes: a key of {@link MetadataFieldNotes}.
 *
 * @example
 * ```ts
 * import { findNotes, type MetadataNoteField } from 'beijing-digital-economy';
 *
 * const fields = findNotes({ itemKind: 'metadata' }).map((n) => n.item.id as MetadataNoteField);
 * fields;
 * //=> ['section', 'translatedFrom', 'publisher']
 * ```
 * @category Data
 */
export type MetadataNoteField = keyof MetadataFieldNotes;

/**
 * Schema of a {@link Metadata}.
 *
 * @example
 * ```ts
 * import { metadata } from 'beijing-digital-economy';
 * import { MetadataSchema } from 'beijing-digital-economy/schema';
 *
 * MetadataSchema.safeParse(metadata).success;
 * //=> true
 * ```
 * @category Schema
 */
export const MetadataSchema = z
  .strictObject({
    headline: z.string().min(1),
    section: z.string().min(1),
    language: z.literal('en'),
    translatedFrom: z.literal('zh'),
    publisher: EntityIdSchema,
    contributors: z.array(z.strictObject({ entity: EntityIdSchema, role: z.string().min(1) }).readonly()).readonly(),
    datePublished: z
      .strictObject({
        value: IsoDaySchema,
        inferred: z.boolean(),
        basis: z.string().min(1),
        evidence: z.array(TextAnchorSchema).min(1).readonly(),
      })
      .readonly(),
    event: EntityIdSchema.exactOptional(),
    wordCount: z.int().nonnegative(),
    /** Notes on single fields, by field name: where a field is a reading, not a statement of the text. */
    fieldNotes: MetadataFieldNotesSchema.exactOptional(),
  })
  .readonly();

/**
 * What the article is: headline, section, languages, publisher, contributors with their roles,
 * the publication date (whether it is `inferred`, on what `basis`, and the words it rests on as
 * `evidence`), the event it reports,
 * the number of words of its lead and body, and `fieldNotes`: notes on the fields that are
 * readings of the text rather than statements of it (such as `translatedFrom`).
 *
 * @example
 * ```ts
 * import { metadata, type Metadata } from 'beijing-digital-economy';
 *
 * const { contributors }: Metadata = metadata;
 * contributors.map((c) => c.role);
 * //=> ['reporter', 'editor', 'proofreader']
 * ```
 * @category Data
 */
export type Metadata = z.infer<typeof MetadataSchema>;
