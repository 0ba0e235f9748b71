// The public data types: plain, readonly and documented field by field. They name no zod, so the
// main entry's declarations need nothing installed; src/schema validates to exactly these types
// (tests/types/types.test-d.ts proves it both ways).
export type { Article } from './article.js';
export type { ArticleIds, BuiltInIds } from './ids.js';
export type { Edition } from './edition.js';
export type { Entity } from './entity.js';
export type {
  Contributor,
  Metadata,
  MetadataFieldNotes,
  MetadataNoteField,
  PublicationDate,
  Rights,
  TextSource,
} from './metadata.js';
export type { Note } from './note.js';
export type { Paragraph } from './paragraph.js';
export type { Policy } from './policy.js';
export type { Quote } from './quote.js';
export type { Statistic, StatisticSource } from './statistic.js';
export type { TextAnchor } from './text-anchor.js';
export type {
  AttestedProvenance,
  ChineseForm,
  ChineseFormProvenance,
  ChineseFormSource,
  ChineseUnitForm,
  EntityTranslation,
  MetadataTranslation,
  PinyinProvenance,
  PolicyTranslation,
  StatisticTranslation,
  Locale,
  LocaleForms,
  LocaleWords,
  TranslatedProvenance,
} from './translation.js';
export type {
  CountUnit,
  CurrencyUnit,
  PercentUnit,
  RankUnit,
  Unit,
  UnitKind,
  YearsUnit,
} from './unit.js';
export type {
  Comparator,
  Currency,
  EntityKind,
  NoteKind,
  ParagraphRole,
  PolicyStatus,
  QuoteMode,
} from './vocabularies.js';
export type { WikidataLink, WikidataSource } from './wikidata.js';
export type { EntityId, ParagraphId, PolicyId, QuoteId, StatisticId } from '../generated/ids.js';
