/**
 * The Beijing News "Shell Finance" report of September 2020 on Beijing's digital economy, as
 * typed, deeply frozen data: every figure, quotation, policy and named party, each anchored to
 * the exact characters of the source text, with helpers to query, format and export it.
 * Importing it loads no dependency.
 *
 * @module beijing-digital-economy
 */
export {
  article,
  articleText,
  entities,
  metadata,
  paragraphs,
  policies,
  quotes,
  statistics,
} from './generated/article-data.js';
export { edition } from './generated/edition.js';
export {
  ENTITY_IDS,
  PARAGRAPH_IDS,
  POLICY_IDS,
  QUOTE_IDS,
  STATISTIC_IDS,
} from './generated/ids.js';

export { getEntity } from './lookup/get-entity.js';
export { getParagraph } from './lookup/get-paragraph.js';
export { getPolicy } from './lookup/get-policy.js';
export { getQuote } from './lookup/get-quote.js';
export { getStatistic } from './lookup/get-statistic.js';

export { excerpt, type ExcerptOptions } from './query/excerpt.js';
export {
  findNotes,
  type ItemNote,
  type NoteFilter,
  type NoteItem,
  type NoteItemKind,
} from './query/find-notes.js';
export {
  findItems,
  type ArticleItem,
  type ItemFilter,
  type TextItemKind,
} from './query/find-items.js';
export { findQuotes, type QuoteFilter } from './query/find-quotes.js';
export {
  findStatistics,
  type FilteredStatistic,
  type StatisticFilter,
  type StatisticOfUnit,
} from './query/find-statistics.js';
export { hasUnitKind } from './query/has-unit-kind.js';
export { itemsAt, type ParagraphItems } from './query/items-at.js';
export { mentionsOf } from './query/mentions-of.js';
export { quotesBy } from './query/quotes-by.js';

export { forArticle, type ArticleHelpers } from './model/for-article.js';
export type { AnchorRole, ItemKind, ItemTypes } from './model/kinds.js';
export { walkAnchors, type AnchorVisit, type ArticlePath } from './model/walk.js';
export { nameOf, type NameOfOptions } from './model/name-of.js';

export { formatNote, type FormatNoteOptions } from './format/format-note.js';
export { formatPolicy, type FormatPolicyOptions } from './format/format-policy.js';
export { formatQuote, type FormatQuoteOptions } from './format/format-quote.js';
export { formatStatistic, type FormatStatisticOptions } from './format/format-statistic.js';
export { formatValue, type FormatValueOptions } from './format/format-value.js';

export { formatCitation, type CitationStyle } from './export/format-citation.js';
export {
  CSV_COLUMNS,
  CSV_TABLES,
  toCSV,
  type CsvTable,
  type ToCSVOptions,
} from './export/to-csv.js';
export { toCSL, type CslItem, type CslName } from './export/to-csl.js';
export { toJSONLD, type JsonLdDocument, type JsonLdNode } from './export/to-json-ld.js';
export { toJSONLDScript } from './export/to-json-ld-script.js';
export { toMarkdown, type ToMarkdownOptions } from './export/to-markdown.js';
export { toPlainText } from './export/to-plain-text.js';
export { toBrat, type BratDocument } from './export/to-brat.js';
export {
  toSpans,
  type OffsetUnit,
  type Span,
  type SpanDocument,
  type SpanLabel,
  type SpanRelation,
  type ToSpansOptions,
} from './export/to-spans.js';
export {
  toWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type ToWebAnnotationsOptions,
  type WebAnnotation,
  type WebAnnotationBody,
  type WebAnnotationCollection,
  type WebAnnotationKind,
  type WebAnnotationTarget,
} from './export/to-web-annotations.js';

export {
  toVegaLite,
  VEGA_LITE_SCHEMA,
  type ToVegaLiteOptions,
  type VegaLiteSpec,
} from './chart/to-vega-lite.js';

export { InvalidOptionError } from './errors/invalid-option-error.js';
export { UnknownIdError } from './errors/unknown-id-error.js';
export type * from './types/index.js';
