import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { TextAnchor } from './text-anchor.js';
import type { QuoteMode } from './vocabularies.js';

/**
 * Words the article attributes to someone: `direct` (in quotation marks, without the marks) or
 * `indirect` (reported speech). `text` equals `anchor.exact`; `about` names the statistics and
 * policies it speaks of. Titles in quotation marks are not quotes.
 *
 * @example
 * ```ts
 * import { getQuote, type Quote } from 'beijing-digital-economy';
 *
 * const quote: Quote = getQuote('jilin-park-output');
 * quote.speaker;
 * //=> 'jilin'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Quote<Ids extends ArticleIds = BuiltInIds> {
  /** The quote's id. */
  readonly id: Ids['quote'];
  /** The entity who says it. */
  readonly speaker: Ids['entity'];
  /** `direct` for words in quotation marks, `indirect` for reported speech. */
  readonly mode: QuoteMode;
  /** The words, without quotation marks; equal to `anchor.exact`. */
  readonly text: string;
  /** Where the words stand in the text. */
  readonly anchor: TextAnchor<Ids>;
  /** The statistics and policies the quote speaks of. */
  readonly about?: readonly (Ids['statistic'] | Ids['policy'])[];
  /** Doubts about the translation or the attribution. */
  readonly notes?: readonly Note[];
}
