import { entities } from '../generated/article-data.js';
import type { EntityId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { ArticleIds, Entity, TextAnchor } from '../types/index.js';

/**
 * {@link mentionsOf} in any article's entities.
 *
 * @internal
 */
export function mentionsOfIn<Ids extends ArticleIds>(
  all: readonly Entity<Ids>[],
  entityId: Ids['entity'],
): readonly TextAnchor<Ids>[] {
  return findById(all, 'entity', entityId).mentions;
}

/**
 * Every place the text names an entity.
 *
 * @param entityId - The entity.
 * @returns Its mentions as anchors, in text order. A name inside a longer name of another entity
 *   ("Beijing" in "Beijing News") is not a mention.
 * @throws {UnknownIdError} When `entityId` is not an entity of the article (from untyped code).
 * @example
 * ```ts
 * import { mentionsOf } from 'beijing-digital-economy';
 *
 * mentionsOf('huang-xinyu').map((m) => m.paragraphId);
 * //=> ['lead', 'credits']
 * ```
 * @category Query
 */
export function mentionsOf(entityId: EntityId): readonly TextAnchor[] {
  return mentionsOfIn(entities, entityId);
}
