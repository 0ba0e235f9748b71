import * as z from 'zod';

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
export const ParagraphRoleSchema = z.enum(['section', 'headline', 'lead', 'body', 'credits', 'boilerplate']);

/**
 * What a paragraph is: the site's section label, the headline, the lead, body text, the credits
 * line, or the site's comment-form `boilerplate`, which is not part of the article.
 *
 * @example
 * ```ts
 * import { paragraphs, type ParagraphRole } from 'beijing-digital-economy';
 *
 * const roles: ParagraphRole[] = paragraphs.map((p) => p.role);
 * roles.filter((role) => role === 'boilerplate').length;
 * //=> 2
 * ```
 * @category Data
 */
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;

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
export const EntityKindSchema = z.enum(['person', 'organization', 'company', 'place', 'event', 'publication']);

/**
 * What kind of party an entity is.
 *
 * @example
 * ```ts
 * import { getEntity, type EntityKind } from 'beijing-digital-economy';
 *
 * const kind: EntityKind = getEntity('baidu').kind;
 * kind;
 * //=> 'company'
 * ```
 * @category Data
 */
export type EntityKind = z.infer<typeof EntityKindSchema>;

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
export const QuoteModeSchema = z.enum(['direct', 'indirect']);

/**
 * `direct` for words in quotation marks, `indirect` for reported speech ("According to Jilin, …",
 * "Jilin said that …").
 *
 * @example
 * ```ts
 * import { getQuote, type QuoteMode } from 'beijing-digital-economy';
 *
 * const mode: QuoteMode = getQuote('jilin-service-trade').mode;
 * mode;
 * //=> 'indirect'
 * ```
 * @category Data
 */
export type QuoteMode = z.infer<typeof QuoteModeSchema>;

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
export const PolicyStatusSchema = z.enum(['issued', 'announced']);

/**
 * `issued` for a policy the text reports as published, `announced` for one still to come.
 *
 * @example
 * ```ts
 * import { getPolicy, type PolicyStatus } from 'beijing-digital-economy';
 *
 * const status: PolicyStatus = getPolicy('digital-economy-1-plus-3-policy-system').status;
 * status;
 * //=> 'announced'
 * ```
 * @category Data
 */
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;

/** Lower-case words joined by hyphens: the form of every id in the article. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Expected an id of lower-case words joined by hyphens' });
