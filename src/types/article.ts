import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Entity } from './entity.js';
import type { Metadata } from './metadata.js';
import type { Paragraph } from './paragraph.js';
import type { Policy } from './policy.js';
import type { Quote } from './quote.js';
import type { Statistic } from './statistic.js';

/**
 * The whole article: the source `text`, its `metadata`, `paragraphs`, and every statistic, quote,
 * policy and entity, each anchored to the characters that state it.
 *
 * @example
 * ```ts
 * import { article, type Article } from 'beijing-digital-economy';
 *
 * const { metadata }: Article = article;
 * metadata.language;
 * //=> 'en'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Article<Ids extends ArticleIds = BuiltInIds> {
  /** The article's id: lower-case words joined by hyphens. */
  readonly id: string;
  /** The source text, byte for byte as published. */
  readonly text: string;
  /** Headline, section, publisher, contributors, publication date. */
  readonly metadata: Metadata<Ids>;
  /** Every paragraph, in text order. */
  readonly paragraphs: readonly Paragraph<Ids>[];
  /** Every figure, in text order. */
  readonly statistics: readonly Statistic<Ids>[];
  /** Every quotation and reported statement, in text order. */
  readonly quotes: readonly Quote<Ids>[];
  /** Every policy, in text order. */
  readonly policies: readonly Policy<Ids>[];
  /** Every person, organisation, company, place, event and publication named. */
  readonly entities: readonly Entity<Ids>[];
}
