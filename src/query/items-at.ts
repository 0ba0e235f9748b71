import { article } from '../generated/article-data.js';
import type { ParagraphId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import { walkAnchors } from '../model/walk.js';
import type {
  Article,
  ArticleIds,
  BuiltInIds,
  Entity,
  Policy,
  Quote,
  Statistic,
} from '../types/index.js';

/**
 * What {@link itemsAt} returns: the items anchored in one paragraph.
 *
 * @example
 * ```ts
 * import { itemsAt, type ParagraphItems } from 'beijing-digital-economy';
 *
 * const items: ParagraphItems = itemsAt('body-7');
 * [items.statistics.length, items.quotes.length, items.policies.length];
 * //=> [0, 1, 1]
 * ```
 * @category Query
 */
export interface ParagraphItems<Ids extends ArticleIds = BuiltInIds> {
  /** Statistics stated or restated in the paragraph. */
  readonly statistics: readonly Statistic<Ids>[];
  /** Quotes anchored in the paragraph. */
  readonly quotes: readonly Quote<Ids>[];
  /** Policies reported in the paragraph, or whose purpose it states. */
  readonly policies: readonly Policy<Ids>[];
  /** Entities mentioned or designated in the paragraph. */
  readonly entities: readonly Entity<Ids>[];
}

/**
 * {@link itemsAt} in any article.
 *
 * @internal
 */
export function itemsAtIn<Ids extends ArticleIds>(
  source: Article<Ids>,
  paragraphId: Ids['paragraph'],
): ParagraphItems<Ids> {
  const { id } = findById(source.paragraphs, 'paragraph', paragraphId);
  const here = walkAnchors(source).filter((visit) => visit.anchor.paragraphId === id);
  // Each item once, at its first anchor in the paragraph (the walk is in text order).
  const of = <Item extends { readonly id: string }>(
    kind: 'statistic' | 'quote' | 'policy' | 'entity',
    items: readonly Item[],
  ): readonly Item[] => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const ids = new Set(here.filter((visit) => visit.kind === kind).map((visit) => visit.id));
    // Stryker disable next-line ArrayDeclaration: equivalent, every anchor of the walk is of an item of the article
    return [...ids].flatMap((itemId) => byId.get(itemId) ?? []);
  };
  return {
    statistics: of('statistic', source.statistics),
    quotes: of('quote', source.quotes),
    policies: of('policy', source.policies),
    entities: of('entity', source.entities),
  };
}

/**
 * Every statistic, quote, policy and entity anchored in a paragraph.
 *
 * @param paragraphId - The paragraph.
 * @returns The items, each list in text order; a statistic restated in the paragraph (as in the
 *   headline) counts as anchored there.
 * @throws {UnknownIdError} When `paragraphId` is not a paragraph of the article (from untyped code).
 * @example
 * ```ts
 * import { itemsAt } from 'beijing-digital-economy';
 *
 * itemsAt('body-1').statistics.map((s) => s.statedAs);
 * //=> ['US$160 billion', '20%', 'top 20']
 * ```
 * @category Query
 */
export function itemsAt(paragraphId: ParagraphId): ParagraphItems {
  return itemsAtIn(article, paragraphId);
}
