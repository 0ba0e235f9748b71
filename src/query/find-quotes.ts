import { entities, quotes } from '../generated/article-data.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { QUOTE_MODES } from '../internal/vocabulary.js';
import type { ArticleIds, BuiltInIds, Entity, Quote, QuoteMode } from '../types/index.js';

/**
 * What {@link findQuotes} matches; every field given must match.
 *
 * @example
 * ```ts
 * import { findQuotes, type QuoteFilter } from 'beijing-digital-economy';
 *
 * const filter: QuoteFilter = { speaker: 'jilin', mode: 'direct' };
 * findQuotes(filter).length;
 * //=> 3
 * ```
 * @sortStrategy source-order
 * @category Query
 */
export interface QuoteFilter<Ids extends ArticleIds = BuiltInIds> {
  /** The entity that speaks. @defaultValue any */
  readonly speaker?: Ids['entity'];
  /** `'direct'` for words in quotation marks, `'indirect'` for reported speech. @defaultValue any */
  readonly mode?: QuoteMode;
  /** Words to find in the quote, ignoring case and the kind of apostrophe. @defaultValue any */
  readonly text?: string;
}

const FILTER_KEYS = ['speaker', 'mode', 'text'] as const;

const normalise = (words: string) => words.toLowerCase().replace(/[‘’ʼ]/g, "'");

/**
 * {@link findQuotes} over any article's quotes and entities.
 *
 * @internal
 */
export function findQuotesIn<Ids extends ArticleIds>(
  all: readonly Quote<Ids>[],
  speakers: readonly Entity<Ids>[],
  filter: QuoteFilter<Ids> | undefined,
): readonly Quote<Ids>[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { speaker, mode, text } = filter ?? {};
  if (speaker !== undefined)
    checkOneOf(
      'filter.speaker',
      speaker,
      speakers.map((e) => e.id),
    );
  if (mode !== undefined) checkOneOf('filter.mode', mode, QUOTE_MODES);
  const words = text === undefined ? undefined : normalise(requireText('filter.text', text));
  return all
    .filter(
      (q) =>
        (speaker === undefined || q.speaker === speaker) &&
        (mode === undefined || q.mode === mode) &&
        (words === undefined || normalise(q.text).includes(words)),
    )
    .sort((a, b) => a.anchor.start - b.anchor.start);
}

/**
 * The quotations and reported statements that match a filter: by speaker, by mode, by words.
 *
 * @param filter - What to match; an empty filter matches every quote.
 * @returns The matching quotes, in text order.
 * @throws {InvalidOptionError} When the filter has an unknown key, a speaker that is not an
 * entity of the article, a mode other than `'direct'` or `'indirect'`, or `text` that is not a
 * string.
 * @example
 * ```ts
 * import { findQuotes } from 'beijing-digital-economy';
 *
 * findQuotes({ mode: 'direct', text: 'reform' }).map((q) => q.id);
 * //=> ['jilin-reform-determination']
 * ```
 * @category Query
 */
export function findQuotes(filter?: QuoteFilter): readonly Quote[] {
  return findQuotesIn(quotes, entities, filter);
}
