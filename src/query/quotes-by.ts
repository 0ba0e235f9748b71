import { entities, quotes } from '../generated/article-data.js';
import type { EntityId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { ArticleIds, Entity, Quote } from '../types/index.js';

/**
 * {@link quotesBy} in any article.
 *
 * @internal
 */
export function quotesByIn<Ids extends ArticleIds>(
  source: { readonly entities: readonly Entity<Ids>[]; readonly quotes: readonly Quote<Ids>[] },
  entityId: Ids['entity'],
): readonly Quote<Ids>[] {
  const entity = findById(source.entities, 'entity', entityId);
  return source.quotes
    .filter((quote) => quote.speaker === entity.id)
    .sort((a, b) => a.anchor.start - b.anchor.start);
}

/**
 * Every quote the article attributes to an entity, direct and indirect.
 *
 * @param entityId - The speaker.
 * @returns The entity's quotes in text order; empty for an entity who says nothing.
 * @throws {UnknownIdError} When `entityId` is not an entity of the article (from untyped code).
 * @example
 * ```ts
 * import { quotesBy } from 'beijing-digital-economy';
 *
 * quotesBy('jilin').filter((q) => q.mode === 'direct').length;
 * //=> 3
 * ```
 * @category Query
 */
export function quotesBy(entityId: EntityId): readonly Quote[] {
  return quotesByIn({ entities, quotes }, entityId);
}
