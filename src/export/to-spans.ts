import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { guard } from '../internal/guard.js';
import { articleSpans } from '../internal/spans.js';
import type { Article, ArticleIds } from '../types/index.js';

/**
 * The label of a {@link Span}: a mention of an entity is labelled with the entity's kind in
 * capitals (`PERSON`, `ORGANIZATION`, `COMPANY`, `PLACE`, `EVENT`, `PUBLICATION`); the others are
 * `QUOTE`, `STATISTIC` and `POLICY`.
 *
 * @example
 * ```ts
 * import { article, toSpans, type SpanLabel } from 'beijing-digital-economy';
 *
 * const label: SpanLabel = 'COMPANY';
 * toSpans(article).spans.filter((s) => s.label === label).map((s) => s.item);
 * //=> ['beijing-digital-technology-enterprise-yunji', 'xiaomi', 'meituan', 'baidu']
 * ```
 * @category Export
 */
export type SpanLabel =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'COMPANY'
  | 'PLACE'
  | 'EVENT'
  | 'PUBLICATION'
  | 'QUOTE'
  | 'STATISTIC'
  | 'POLICY';

/**
 * What the offsets of {@link toSpans} count: `'utf-16'` code units (JavaScript's string indexes)
 * or `'code-point'`s (Python's `str` indexes). They are equal while a text has no character outside
 * the Basic Multilingual Plane, as this one has none.
 *
 * @example
 * ```ts
 * import { article, toSpans, type OffsetUnit } from 'beijing-digital-economy';
 *
 * const unit: OffsetUnit = 'code-point';
 * toSpans(article, { unit }).spans[0]?.start === toSpans(article).spans[0]?.start;
 * //=> true
 * ```
 * @category Export
 */
export type OffsetUnit = 'utf-16' | 'code-point';

/**
 * One span of {@link toSpans}: characters of the text that name an entity, quote a speaker, state
 * a statistic or report a policy.
 *
 * @example
 * ```ts
 * import { article, toSpans, type Span } from 'beijing-digital-economy';
 *
 * const first: Span | undefined = toSpans(article).spans[0];
 * first;
 * //=> { id: 'mention:jilin:1', start: 12, end: 17, label: 'PERSON', item: 'jilin', paragraph: 'headline' }
 * ```
 * @sortStrategy source-order
 * @category Export
 */
export interface Span {
  /** Unique in the document: the kind (`mention`, `quote`, `statistic`, `policy`), the item's id and the span's number for that item, e.g. `'mention:jilin:3'`. */
  readonly id: string;
  /** Where the span begins, in the document's `unit`. */
  readonly start: number;
  /** Where it ends (exclusive), in the document's `unit`. */
  readonly end: number;
  /** `PERSON`, `ORGANIZATION`, `COMPANY`, `PLACE`, `EVENT` or `PUBLICATION` for a mention of an entity of that kind; `QUOTE`, `STATISTIC` or `POLICY`. */
  readonly label: SpanLabel;
  /** The id of the item in the package: the entity a mention names, the quote, the statistic or the policy. */
  readonly item: string;
  /** The id of the paragraph that holds it. */
  readonly paragraph: string;
}

/**
 * A relation of {@link toSpans}: a quote's speaker (`speaker`) or a statistic's source (`source`),
 * from the quote's or statistic's span to the nearest span that mentions that entity (the last one
 * before it, else the first after).
 *
 * @example
 * ```ts
 * import { article, toSpans, type SpanRelation } from 'beijing-digital-economy';
 *
 * const speaker: SpanRelation | undefined = toSpans(article).relations.find((r) => r.type === 'speaker');
 * speaker?.from;
 * //=> 'quote:headline-digital-economy-share:1'
 * ```
 * @sortStrategy source-order
 * @category Export
 */
export interface SpanRelation {
  /** Unique in the document: the type and the id of the span it starts from. */
  readonly id: string;
  /** `speaker` (a quote's) or `source` (who a statistic is attributed to). */
  readonly type: 'speaker' | 'source';
  /** The id of the quote's or statistic's span. */
  readonly from: string;
  /** The id of the span that mentions the speaker or source. */
  readonly to: string;
}

/**
 * What {@link toSpans} returns: the whole text as one document, with its spans and relations, in
 * the shapes NLP tools load. `label` is doccano's sequence-labelling form; `spans` carry ids for
 * spaCy's `doc.char_span(start, end, label)` (or a span group, since spans overlap: a quote holds
 * mentions) and Label Studio's `{ start, end, labels }`.
 *
 * @example
 * ```ts
 * import { article, toSpans, type SpanDocument } from 'beijing-digital-economy';
 *
 * const document: SpanDocument = toSpans(article);
 * [document.unit, document.text === article.text];
 * //=> ['utf-16', true]
 * ```
 * @sortStrategy source-order
 * @category Export
 */
export interface SpanDocument {
  /** The article's id. */
  readonly id: string;
  /** The whole text of the article. */
  readonly text: string;
  /** What `start` and `end` count: `'utf-16'` code units (JavaScript string indexes) or `'code-point'`s (Python `str` indexes). */
  readonly unit: OffsetUnit;
  /** Every span, in text order. */
  readonly spans: readonly Span[];
  /** Every span as doccano imports it: `[start, end, label]`, in the same order. */
  readonly label: readonly (readonly [number, number, SpanLabel])[];
  /** A quote's speaker and a statistic's source, each tied to a mention. */
  readonly relations: readonly SpanRelation[];
}

/**
 * Options of {@link toSpans}.
 *
 * @example
 * ```ts
 * import { article, toSpans, type ToSpansOptions } from 'beijing-digital-economy';
 *
 * const options: ToSpansOptions = { unit: 'code-point' };
 * toSpans(article, options).unit;
 * //=> 'code-point'
 * ```
 * @category Export
 */
export interface ToSpansOptions {
  /** What offsets count: `'utf-16'` code units, as JavaScript indexes strings, or `'code-point'`s, as Python does. They are equal while the text has no character outside the Basic Multilingual Plane, as here. @defaultValue `'utf-16'` */
  readonly unit?: OffsetUnit;
}

const UNITS: readonly OffsetUnit[] = ['utf-16', 'code-point'];

/**
 * The article as spans for NLP: the whole text as one document, with a span for every mention of
 * an entity (labelled with the entity's kind), every quote, every statement of a statistic and
 * every policy, and relations from each quote to its speaker and each statistic to its source.
 * Offsets are UTF-16 code units unless `unit` asks for code points; the document says which.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @param options - The unit of the offsets.
 * @returns The document: `{ id, text, unit, spans, label, relations }`.
 * @throws {InvalidOptionError} When an option is unknown or `unit` is not `'utf-16'` or
 *   `'code-point'`, or `article` is not an Article (from untyped code).
 * @example
 * ```ts
 * import { article, toSpans } from 'beijing-digital-economy';
 *
 * const { text, spans } = toSpans(article);
 * spans.filter((s) => s.label === 'STATISTIC').map((s) => text.slice(s.start, s.end))[0];
 * //=> 'over 50%'
 * ```
 * @category Export
 */
export function toSpans(article: Article<ArticleIds>, options: ToSpansOptions = {}): SpanDocument {
  checkOptions('options', options, ['unit']);
  const unit = options.unit ?? 'utf-16';
  checkOneOf('options.unit', unit, UNITS);
  return guard('article', 'an Article', () => {
    const { spans, relations } = articleSpans(article, unit);
    return {
      id: article.id,
      text: article.text,
      unit,
      spans,
      label: spans.map((s) => [s.start, s.end, s.label] as const),
      relations,
    };
  });
}
