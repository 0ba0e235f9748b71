import { quotes } from '../generated/article-data.js';
import type { QuoteId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Quote } from '../types/index.js';

/**
 * Looks up one quote of the article by its id.
 *
 * @param id - The quote's id; a typo is a compile error, since {@link QuoteId} is a union of literals.
 * @returns The quote, deeply frozen.
 * @throws {UnknownIdError} When `id` is not a quote id of the article (from untyped code); the
 *   message names every valid id.
 * @example
 * ```ts
 * import { getQuote } from 'beijing-digital-economy';
 *
 * getQuote('jilin-park-output').mode;
 * //=> 'direct'
 * ```
 * @category Lookup
 */
export function getQuote(id: QuoteId): Quote {
  return findById(quotes, 'quote', id);
}
