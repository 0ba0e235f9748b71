export type { Article } from './article.js';
export type { Comparator } from './comparator.js';
export type { Entity } from './entity.js';
export type { Metadata } from './metadata.js';
export type { Note } from './note.js';
export type { Paragraph } from './paragraph.js';
export type { Policy } from './policy.js';
export type { Quote } from './quote.js';
export type { Statistic, StatisticSource } from './statistic.js';
export type { TextAnchor } from './text-anchor.js';
export type { Currency, Unit, UnitKind } from './unit.js';
export type { EntityKind, ParagraphRole, PolicyStatus, QuoteMode } from './vocabularies.js';
export type { EntityId, ParagraphId, PolicyId, QuoteId, StatisticId } from '../generated/ids.js';
export type {
  ChineseForm,
  ChineseFormProvenance,
  ChineseFormSource,
  ChineseUnitForm,
  EntityTranslation,
  MetadataTranslation,
  PolicyTranslation,
  StatisticTranslation,
} from './translation.js';
