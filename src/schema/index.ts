/**
 * Zod schemas of the article's data, for checking data that comes from elsewhere: a JSON copy
 * received over the network, or your own edits. Import from `beijing-digital-economy/schema`;
 * it needs the `zod` peer dependency, which the main entry does not load.
 *
 * @module schema
 */
export { ArticleSchema } from './article.js';
export { ComparatorSchema } from './comparator.js';
export { EntitySchema } from './entity.js';
export {
  EntityIdSchema,
  ParagraphIdSchema,
  PolicyIdSchema,
  QuoteIdSchema,
  StatisticIdSchema,
} from './ids.js';
export {
  MetadataFieldNotesSchema,
  MetadataSchema,
  RightsSchema,
  TextSourceSchema,
} from './metadata.js';
export { NoteSchema } from './note.js';
export { ParagraphSchema } from './paragraph.js';
export { PolicySchema } from './policy.js';
export { QuoteSchema } from './quote.js';
export { StatisticSchema, StatisticSourceSchema } from './statistic.js';
export { TextAnchorSchema } from './text-anchor.js';
export {
  ChineseFormProvenanceSchema,
  ChineseFormSchema,
  ChineseFormSourceSchema,
  ChineseUnitFormSchema,
  EntityTranslationSchema,
  LocaleFormsSchema,
  MetadataTranslationSchema,
  PolicyTranslationSchema,
  StatisticTranslationSchema,
} from './translation.js';
export { CurrencySchema, UnitSchema } from './unit.js';
export {
  EntityKindSchema,
  ParagraphRoleSchema,
  PolicyStatusSchema,
  QuoteModeSchema,
} from './vocabularies.js';
export { WikidataLinkSchema, WikidataSourceSchema } from './wikidata.js';
export { parseArticle } from './parse-article.js';
export { safeParseArticle, type SafeParseArticleResult } from './safe-parse-article.js';
export { ArticleValidationError, type ArticleIssue } from '../errors/article-validation-error.js';
