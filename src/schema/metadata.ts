import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import type {
  ArticleIds,
  Metadata,
  MetadataFieldNotes,
  Rights,
  TextSource,
} from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
const fieldNotes = z.array(NoteSchema).min(1).readonly().exactOptional();

/** {@link MetadataFieldNotesSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `MetadataFieldNotes`. */
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

/** {@link TextSourceSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `TextSource`. */
export const textSourceDefinition = z
  .strictObject({
    /** The address of the page the text was taken from. */
    url: z.url({ protocol: /^https?$/ }),
    /** The name of the site that published the page, where it is worth giving. */
    name: z.string().min(1).exactOptional(),
    /** What the page is and how it bears on the text: that it republished the translation, and what on it is the site's own. */
    note: z.string().min(1),
  })
  .readonly();

/**
 * Validates a {@link TextSource}: an `http(s)` address, an optional site name and a note that
 * says what the page is. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { metadata } from 'beijing-digital-economy';
 * import { TextSourceSchema } from 'beijing-digital-economy/schema';
 *
 * TextSourceSchema.safeParse(metadata.source).success;
 * //=> true
 * TextSourceSchema.safeParse({ url: 'electrodealpro.com', note: 'The republishing site.' }).success;
 * //=> false
 * ```
 * @category Schema
 */
export const TextSourceSchema: z.ZodType<TextSource> = textSourceDefinition;

/** {@link RightsSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Rights`. */
export const rightsDefinition = z
  .strictObject({
    /** Who owns the text: the publisher of the original report, and the translator of the English text. */
    textOwners: z.string().min(1),
    /** On what basis the text is included, and what permission is not claimed. */
    textBasis: z.string().min(1),
    /** The SPDX identifier of the licence of the annotations, e.g. `CC-BY-4.0`. */
    annotationsLicense: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'an SPDX licence identifier'),
    /** The address of the text of that licence. */
    annotationsLicenseUrl: z.url({ protocol: /^https?$/ }),
  })
  .readonly();

/**
 * Validates {@link Rights}: who owns the text and on what basis it is included, in words, and the
 * annotations' licence as an SPDX identifier with an `http(s)` address. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { metadata } from 'beijing-digital-economy';
 * import { RightsSchema } from 'beijing-digital-economy/schema';
 *
 * RightsSchema.safeParse(metadata.rights).success;
 * //=> true
 * RightsSchema.safeParse({ ...metadata.rights, annotationsLicense: 'CC BY 4.0' }).success;
 * //=> false
 * ```
 * @category Schema
 */
export const RightsSchema: z.ZodType<Rights> = rightsDefinition;

/** {@link MetadataSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Metadata`. */
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
    /** Where the text was taken from (outside knowledge: the text does not name the page it stands on). */
    source: TextSourceSchema.exactOptional(),
    rights: RightsSchema.exactOptional(),
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
