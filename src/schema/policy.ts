import * as z from 'zod';
import { EntityIdSchema, PolicyIdSchema } from './ids.js';
import { IsoDaySchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { PolicyStatusSchema } from './vocabularies.js';
import type { ArticleIds, Policy } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link PolicySchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Policy`. */
export const policyDefinition = z
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
    /** What the text says the policy is for or does, each as the words that say it, in text order. */
    purpose: z.array(TextAnchorSchema).min(1).readonly().exactOptional(),
    /** The event at which it is (or is to be) issued, where the text names one within `anchor`. */
    venue: EntityIdSchema.exactOptional(),
    /** Inferences (such as the year) and doubts. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link Policy}: issuers from this article, a real ISO 8601 day, a status, and the
 * anchor of the sentence that reports it. Unknown keys are errors.
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
export const PolicySchema: z.ZodType<Policy<ArticleIds>> = policyDefinition;
