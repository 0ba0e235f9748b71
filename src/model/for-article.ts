import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { findById } from '../internal/find-by-id.js';
import { isArray } from '../internal/is-array.js';
import { localeFor } from '../internal/locale-for.js';
import { excerptIn, type ExcerptOptions } from '../query/excerpt.js';
import { findItemsIn, type ArticleItem, type ItemFilter } from '../query/find-items.js';
import { findNotesIn, type ItemNote, type NoteFilter } from '../query/find-notes.js';
import { findQuotesIn, type QuoteFilter } from '../query/find-quotes.js';
import {
  findStatisticsIn,
  type FilteredStatistic,
  type StatisticFilter,
} from '../query/find-statistics.js';
import { itemsAtIn, type ParagraphItems } from '../query/items-at.js';
import { mentionsOfIn } from '../query/mentions-of.js';
import { quotesByIn } from '../query/quotes-by.js';
import type {
  Article,
  ArticleIds,
  Entity,
  Locale,
  Paragraph,
  Policy,
  Quote,
  Statistic,
  TextAnchor,
} from '../types/index.js';
import {
  chartDefaultsFor,
  toVegaLiteWith,
  type ToVegaLiteOptions,
  type VegaLiteSpec,
} from '../chart/to-vega-lite.js';
import { formatPolicyWith, type FormatPolicyOptions } from '../format/format-policy.js';
import { formatQuoteWith, type FormatQuoteOptions } from '../format/format-quote.js';
import { formatStatisticWith, type FormatStatisticOptions } from '../format/format-statistic.js';
import type { EntityNamer } from './built-in-names.js';
import { nameOfIn, type NameOfOptions } from './name-of.js';
import { displayName, entitiesById } from './names.js';

/**
 * The lookups, queries and names of the package, bound to one article: what
 * {@link forArticle} returns. Each works as the function of the same name does on the built-in
 * article, with the ids of this article.
 *
 * @example
 * ```ts
 * import { article, forArticle, type ArticleHelpers, type ArticleIds } from 'beijing-digital-economy';
 * import { parseArticle } from 'beijing-digital-economy/schema';
 *
 * const helpers: ArticleHelpers<ArticleIds> = forArticle(parseArticle(JSON.stringify(article)));
 * helpers.getStatistic('service-trade-volume-2019').statedAs;
 * //=> 'US$160 billion'
 * ```
 * @sortStrategy source-order
 * @category Model
 */
export interface ArticleHelpers<Ids extends ArticleIds> {
  /** The article the helpers read. */
  readonly article: Article<Ids>;
  /** See `getStatistic`. */
  readonly getStatistic: (id: Ids['statistic']) => Statistic<Ids>;
  /** See `getQuote`. */
  readonly getQuote: (id: Ids['quote']) => Quote<Ids>;
  /** See `getPolicy`. */
  readonly getPolicy: (id: Ids['policy']) => Policy<Ids>;
  /** See `getEntity`. */
  readonly getEntity: (id: Ids['entity']) => Entity<Ids>;
  /** See `getParagraph`. */
  readonly getParagraph: (id: Ids['paragraph']) => Paragraph<Ids>;
  /** See `findStatistics`. */
  readonly findStatistics: <const Filter extends StatisticFilter<Ids> = StatisticFilter<Ids>>(
    filter?: Filter,
  ) => readonly FilteredStatistic<Filter, Ids>[];
  /** See `findQuotes`. */
  readonly findQuotes: (filter?: QuoteFilter<Ids>) => readonly Quote<Ids>[];
  /** See `findItems`. */
  readonly findItems: (filter?: ItemFilter<Ids>) => readonly ArticleItem<Ids>[];
  /** See `findNotes`. */
  readonly findNotes: (filter?: NoteFilter<Ids>) => readonly ItemNote<Ids>[];
  /** See `itemsAt`. */
  readonly itemsAt: (paragraphId: Ids['paragraph']) => ParagraphItems<Ids>;
  /** See `mentionsOf`. */
  readonly mentionsOf: (entityId: Ids['entity']) => readonly TextAnchor<Ids>[];
  /** See `quotesBy`. */
  readonly quotesBy: (entityId: Ids['entity']) => readonly Quote<Ids>[];
  /** See `excerpt`. */
  readonly excerpt: (anchor: TextAnchor<Ids>, options?: ExcerptOptions) => string;
  /** See `nameOf`. */
  readonly nameOf: (id: Ids['entity'], options?: NameOfOptions) => string;
  /** See `formatStatistic`; the source is named from this article. */
  readonly formatStatistic: (statistic: Statistic<Ids>, options?: FormatStatisticOptions) => string;
  /** See `formatQuote`; the speaker is named from this article. */
  readonly formatQuote: (quote: Quote<Ids>, options?: FormatQuoteOptions) => string;
  /** See `formatPolicy`; the issuers are named from this article. */
  readonly formatPolicy: (policy: Policy<Ids>, options?: FormatPolicyOptions) => string;
  /**
   * See `toVegaLite`; the attributions are named from this article, the default title names no
   * place and the default source line is this article's publisher and month.
   */
  readonly toVegaLite: (
    statistics: readonly Statistic<Ids>[],
    options?: ToVegaLiteOptions,
  ) => VegaLiteSpec;
}

const COLLECTIONS = ['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const;

/**
 * The package's lookups, queries and names for an article other than the built-in one: one you
 * read with `parseArticle` from `beijing-digital-economy/schema`, in the same format. The exports
 * (`toMarkdown`, `toCSV`, …) take any article already; these are the helpers that otherwise read
 * the built-in article, and the formatters and `toVegaLite`, which name people and bodies and
 * credit a chart from this article instead of the built-in one.
 *
 * @param article - An article checked by `parseArticle` (or the built-in `article`).
 * @returns The helpers, bound to that article; the object is frozen.
 * @throws {InvalidOptionError} When `article` is not an object with the article's text and
 *   collections (from untyped code); check data from elsewhere with `parseArticle` first.
 * @example
 * ```ts
 * import { article, forArticle } from 'beijing-digital-economy';
 * import { parseArticle } from 'beijing-digital-economy/schema';
 *
 * const copy = structuredClone(article);
 * const other = parseArticle({ ...copy, entities: copy.entities.map((e) => (e.id === 'jilin' ? { ...e, name: 'Ji Lin' } : e)) });
 * const { nameOf, findQuotes } = forArticle(other);
 * [nameOf('jilin'), findQuotes({ speaker: 'jilin' }).length];
 * //=> ['Ji Lin', 10]
 * ```
 * @category Model
 */
export function forArticle<Ids extends ArticleIds>(article: Article<Ids>): ArticleHelpers<Ids> {
  const candidate: unknown = article;
  const shaped =
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof (candidate as { text?: unknown }).text === 'string' &&
    COLLECTIONS.every((key) => isArray((candidate as Record<string, unknown>)[key]));
  if (!shaped)
    throw new InvalidOptionError(
      'article',
      `expected an article with text and ${COLLECTIONS.join(', ')}; check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'`,
    );
  const entityIds = article.entities.map((e) => e.id);
  // A locale module's forms of items are of the article they were made for: this article's
  // formatters take its words and notes, and its forms only if they are of this article.
  const ofThis = <O>(options: O): O => {
    const locale: unknown = (options as { locale?: unknown } | undefined)?.locale;
    return typeof locale === 'object' && locale !== null && 'article' in locale
      ? { ...options, locale: localeFor(locale as Locale<ArticleIds>, article) }
      : options;
  };
  const nameEntity: EntityNamer = (id, language) => {
    const entity = entitiesById(article).get(id);
    return entity === undefined ? undefined : displayName(entity, language);
  };
  return Object.freeze({
    article,
    getStatistic: (id) => findById(article.statistics, 'statistic', id),
    getQuote: (id) => findById(article.quotes, 'quote', id),
    getPolicy: (id) => findById(article.policies, 'policy', id),
    getEntity: (id) => findById(article.entities, 'entity', id),
    getParagraph: (id) => findById(article.paragraphs, 'paragraph', id),
    findStatistics: (filter) => findStatisticsIn(article.statistics, entityIds, filter),
    findQuotes: (filter) => findQuotesIn(article.quotes, article.entities, filter),
    findItems: (filter) => findItemsIn(article, filter),
    findNotes: (filter) => findNotesIn(article, filter),
    itemsAt: (paragraphId) => itemsAtIn(article, paragraphId),
    mentionsOf: (entityId) => mentionsOfIn(article.entities, entityId),
    quotesBy: (entityId) => quotesByIn(article, entityId),
    excerpt: (anchor, options) => excerptIn(article, anchor, options),
    nameOf: (id, options) => nameOfIn(article.entities, id, ofThis(options)),
    formatStatistic: (statistic, options) =>
      formatStatisticWith(statistic, ofThis(options), nameEntity),
    formatQuote: (quote, options) => formatQuoteWith(quote, ofThis(options), nameEntity),
    formatPolicy: (policy, options) => formatPolicyWith(policy, ofThis(options), nameEntity),
    toVegaLite: (statistics, options) =>
      toVegaLiteWith(
        statistics,
        ofThis(options ?? {}),
        chartDefaultsFor(article.metadata, nameEntity),
      ),
  } satisfies ArticleHelpers<Ids>);
}
