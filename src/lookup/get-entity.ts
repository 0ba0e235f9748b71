import { entities } from '../generated/article-data.js';
import type { EntityId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Entity } from '../types/index.js';

/**
 * Looks up one entity of the article by its id.
 *
 * @param id - The entity's id; a typo is a compile error, since {@link EntityId} is a union of literals.
 * @returns The entity, deeply frozen.
 * @throws {UnknownIdError} When `id` is not a entity id of the article (from untyped code); the
 *   message names every valid id.
 * @example
 * ```ts
 * import { getEntity } from 'beijing-digital-economy';
 *
 * getEntity('jilin').role;
 * //=> 'Chairman of the Beijing CPPCC'
 * ```
 * @category Lookup
 */
export function getEntity(id: EntityId): Entity {
  return findById(entities, 'entity', id);
}
