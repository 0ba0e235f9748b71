import * as z from 'zod';
import type { EntityKind, ParagraphRole, PolicyStatus, QuoteMode } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link ParagraphRoleSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `ParagraphRole`. */
export const paragraphRoleDefinition = z.enum([
  'section',
  'headline',
  'lead',
  'body',
  'credits',
  'boilerplate',
]);

/**
 * Validates a {@link ParagraphRole}: one of the six roles.
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

/** {@link EntityKindSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `EntityKind`. */
export const entityKindDefinition = z.enum([
  'person',
  'organization',
  'company',
  'place',
  'event',
  'publication',
]);

/**
 * Validates an {@link EntityKind}: one of the six kinds.
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

/** {@link QuoteModeSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `QuoteMode`. */
export const quoteModeDefinition = z.enum(['direct', 'indirect']);

/**
 * Validates a {@link QuoteMode}: `direct` or `indirect`.
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

/** {@link PolicyStatusSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `PolicyStatus`. */
export const policyStatusDefinition = z.enum(['issued', 'announced']);

/**
 * Validates a {@link PolicyStatus}: `issued` or `announced`.
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

/**
 * The longest id or key the format accepts, in characters: twice the longest id of the article,
 * and a bound on the work and the stack one can cost. Checked before the id's pattern.
 */
export const MAX_ID_LENGTH = 100;

/** Lower-case words joined by hyphens, at most {@link MAX_ID_LENGTH} characters: every id's form. */
export const SlugSchema = z
  .string()
  .max(MAX_ID_LENGTH, {
    abort: true,
    message: `Expected an id of at most ${MAX_ID_LENGTH} characters`,
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Expected an id of lower-case words joined by hyphens',
  });
