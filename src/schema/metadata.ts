import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { MetadataTranslationSchema, translationsSchema } from './translation.js';
import type { ArticleIds, Metadata, MetadataFieldNotes } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
const fieldNotes = z.array(NoteSchema).min(1).readonly().exactOptional();

/** {@link MetadataFieldNotesSchema} as zod infers it; tests/types.test-d.ts proves it equal to `MetadataFieldNotes`. */
export const metadataFieldNotesDefinition = z
  .strictObject({
    section: fieldNotes,
    language: fieldNotes,
    translatedFrom: fieldNotes,
    publisher: fieldNotes,
    contributors: fieldNotes,
    event: fieldNotes,
  })
  .readonly();

/**
 * Validates {@link MetadataFieldNotes}: for each field that carries notes, at least one note.
 * Unknown keys are errors.
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
export const MetadataFieldNotesSchema: z.ZodType<MetadataFieldNotes> = metadataFieldNotesDefinition;

/** {@link MetadataSchema} as zod infers it; tests/types.test-d.ts proves it equal to `Metadata`. */
export const metadataDefinition = z
  .strictObject({
    headline: z.string().min(1),
    section: z.string().min(1),
    language: z.literal('en'),
    translatedFrom: z.literal('zh'),
    publisher: EntityIdSchema,
    contributors: z
      .array(z.strictObject({ entity: EntityIdSchema, role: z.string().min(1) }).readonly())
      .readonly(),
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
    /** The section and the contributors' roles in other languages (`zh-Hans`), each form with its provenance. */
    translations: translationsSchema(MetadataTranslationSchema).exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link Metadata}: the languages, a real ISO 8601 day for `datePublished` with at
 * least one evidence anchor, and entity ids from this article. Unknown keys are errors.
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
export const MetadataSchema: z.ZodType<Metadata<ArticleIds>> = metadataDefinition;
