import * as z from 'zod';
import type { EntityKind, ParagraphRole, PolicyStatus, QuoteMode } from '../types/index.js';

/** {@link ParagraphRoleSchema} as zod infers it; the tests prove it equal to `ParagraphRole`. */
export const paragraphRoleDefinition = z.enum(['section', 'headline', 'lead', 'body', 'credits', 'boilerplate']);

/**
 * Schema of a {@link ParagraphRole}.
 *
 * @example
 * ```ts
 * import { ParagraphRoleSchema } from 'beijing-digital-economy/schema';
 *
 * ParagraphRoleSchema.safeParse('body').success;
 * //=> true
 * ```
 * @category Schema
 */
export const ParagraphRoleSchema: z.ZodType<ParagraphRole> = paragraphRoleDefinition;

/** {@link EntityKindSchema} as zod infers it; the tests prove it equal to `EntityKind`. */
export const entityKindDefinition = z.enum(['person', 'organization', 'company', 'place', 'event', 'publication']);

/**
 * Schema of an {@link EntityKind}.
 *
 * @example
 * ```ts
 * import { EntityKindSchema } from 'beijing-digital-economy/schema';
 *
 * EntityKindSchema.safeParse('person').success;
 * //=> true
 * ```
 * @category Schema
 */
export const EntityKindSchema: z.ZodType<EntityKind> = entityKindDefinition;

/** {@link QuoteModeSchema} as zod infers it; the tests prove it equal to `QuoteMode`. */
export const quoteModeDefinition = z.enum(['direct', 'indirect']);

/**
 * Schema of a {@link QuoteMode}.
 *
 * @example
 * ```ts
 * import { QuoteModeSchema } from 'beijing-digital-economy/schema';
 *
 * QuoteModeSchema.safeParse('direct').success;
 * //=> true
 * ```
 * @category Schema
 */
export const QuoteModeSchema: z.ZodType<QuoteMode> = quoteModeDefinition;

/** {@link PolicyStatusSchema} as zod infers it; the tests prove it equal to `PolicyStatus`. */
export const policyStatusDefinition = z.enum(['issued', 'announced']);

/**
 * Schema of a {@link PolicyStatus}.
 *
 * @example
 * ```ts
 * import { PolicyStatusSchema } from 'beijing-digital-economy/schema';
 *
 * PolicyStatusSchema.safeParse('announced').success;
 * //=> true
 * ```
 * @category Schema
 */
export const PolicyStatusSchema: z.ZodType<PolicyStatus> = policyStatusDefinition;

/** Lower-case words joined by hyphens: the form of every id in the article. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Expected an id of lower-case words joined by hyphens' });
