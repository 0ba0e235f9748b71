import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { TextAnchorSchema } from './text-anchor.js';
import { MetadataTranslationSchema, translationsSchema } from './translation.js';

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
    /** The section and the contributors' roles in other languages (`zh-Hans`), each form with its provenance. */
    translations: translationsSchema(MetadataTranslationSchema).exactOptional(),
  })
  .readonly();

/**
 * What the article is: headline, section, languages, publisher, contributors with their roles,
 * the publication date (whether it is `inferred`, on what `basis`, and the words it rests on as
 * `evidence`), the event it reports
 * and the number of words of its lead and body.
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
