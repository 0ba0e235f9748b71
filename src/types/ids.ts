import type { EntityId, ParagraphId, PolicyId, QuoteId, StatisticId } from '../generated/ids.js';

/**
 * The type of the ids of each kind of item in an article. The data types take it as a parameter:
 * `Statistic` (with the default) is a statistic of the built-in article, whose ids are literal
 * unions that catch a typo at compile time; `Statistic<ArticleIds>` is a statistic of any article
 * in the format, such as one read with `parseArticle`, whose ids are strings.
 *
 * @example
 * ```ts
 * import type { Article, ArticleIds } from 'beijing-digital-economy';
 *
 * const title = (someArticle: Article<ArticleIds>) => someArticle.metadata.headline;
 * title.length;
 * //=> 1
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface ArticleIds {
  /** The ids of the paragraphs. */
  readonly paragraph: string;
  /** The ids of the entities. */
  readonly entity: string;
  /** The ids of the statistics. */
  readonly statistic: string;
  /** The ids of the quotes. */
  readonly quote: string;
  /** The ids of the policies. */
  readonly policy: string;
}

/**
 * The ids of the built-in article, as literal unions: the default of every data type's
 * parameter.
 *
 * @example
 * ```ts
 * import type { BuiltInIds } from 'beijing-digital-economy';
 *
 * const id: BuiltInIds['statistic'] = 'service-trade-volume-2019';
 * id;
 * //=> 'service-trade-volume-2019'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface BuiltInIds extends ArticleIds {
  /** {@link ParagraphId} */
  readonly paragraph: ParagraphId;
  /** {@link EntityId} */
  readonly entity: EntityId;
  /** {@link StatisticId} */
  readonly statistic: StatisticId;
  /** {@link QuoteId} */
  readonly quote: QuoteId;
  /** {@link PolicyId} */
  readonly policy: PolicyId;
}
