import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { TextAnchorSchema } from './text-anchor.js';
import type { Metadata } from '../types/index.js';

/** {@link MetadataSchema} as zod infers it; the tests prove it equal to `Metadata`. */
export const metadataDefinition = z
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
  })
  .readonly();

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
export const MetadataSchema: z.ZodType<Metadata> = metadataDefinition;

