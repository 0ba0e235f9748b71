import * as z from 'zod';
import { EntityIdSchema, PolicyIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { PolicyTranslationSchema, translationsSchema } from './translation.js';
import { PolicyStatusSchema } from './vocabularies.js';

/**
 * Schema of a {@link Policy}.
 *
 * @example
 * ```ts
 * import { getPolicy } from 'beijing-digital-economy';
 * import { PolicySchema } from 'beijing-digital-economy/schema';
 *
 * PolicySchema.safeParse(getPolicy('new-business-forms-and-models-opinions')).success;
 * //=> true
 * ```
 * @category Schema
 */
export const PolicySchema = z
  .strictObject({
    /** The policy's id. */
    id: PolicyIdSchema,
    /** The title as the text gives it. */
    title: z.string().min(1),
    /** The entities that issue it. */
    issuedBy: z.array(EntityIdSchema).min(1).readonly(),
    /** The ISO 8601 day of issue (or of the announced issue). */
    date: IsoDaySchema,
    /** `issued`, or `announced` for a policy still to come. */
    status: PolicyStatusSchema,
    /** How many supporting documents come with it, where the text says. */
    supportingDocuments: z.int().nonnegative().exactOptional(),
    /** The areas it focuses on, as the text lists them. */
    focusAreas: z.array(z.string().min(1)).readonly().exactOptional(),
    /** The sentence that reports it; it contains the title. */
    anchor: TextAnchorSchema,
    /** Inferences (such as the year) and doubts. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
    /** Its title and focus areas in other languages (`zh-Hans`), each form with its provenance. */
    translations: translationsSchema(PolicyTranslationSchema).exactOptional(),
  })
  .readonly();

/**
 * A policy the article reports: who issues it, on what day (ISO 8601), whether it was `issued`
 * or is `announced`, and the sentence that reports it (`anchor`, which contains the title).
 *
 * @example
 * ```ts
 * import { getPolicy, type Policy } from 'beijing-digital-economy';
 *
 * const policy: Policy = getPolicy('new-business-forms-and-models-opinions');
 * policy.supportingDocuments;
 * //=> 5
 * ```
 * @category Data
 */
export type Policy = z.infer<typeof PolicySchema>;
