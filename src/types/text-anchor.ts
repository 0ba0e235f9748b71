import type { ArticleIds, BuiltInIds } from './ids.js';

/**
 * Where an item stands in the source: `article.text.slice(start, end) === exact`, with the
 * characters just before (`prefix`) and after (`suffix`) it, as a W3C TextQuoteSelector and a
 * TextPositionSelector in one. Offsets are UTF-16 code units; the text is all in the Basic
 * Multilingual Plane, so they are also Unicode code points.
 *
 * @example
 * ```ts
 * import { article, getStatistic, type TextAnchor } from 'beijing-digital-economy';
 *
 * const anchor: TextAnchor = getStatistic('service-trade-volume-2019').source.anchor;
 * article.text.slice(anchor.start, anchor.end) === anchor.exact;
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface TextAnchor<Ids extends ArticleIds = BuiltInIds> {
  /** The paragraph the words are in. */
  readonly paragraphId: Ids['paragraph'];
  /** Offset of the first character of the words in the article text. */
  readonly start: number;
  /** Offset just past their last character (exclusive): `end - start === exact.length`. */
  readonly end: number;
  /** The words themselves: `text.slice(start, end)`. */
  readonly exact: string;
  /** Up to 32 characters just before the words. */
  readonly prefix: string;
  /** Up to 32 characters just after the words. */
  readonly suffix: string;
}
