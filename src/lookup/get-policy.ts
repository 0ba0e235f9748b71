import { policies } from '../generated/article-data.js';
import type { PolicyId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Policy } from '../types/index.js';

/**
 * Looks up one policy of the article by its id.
 *
 * @param id - The policy's id; a typo is a compile error, since {@link PolicyId} is a union of literals.
 * @returns The policy, deeply frozen.
 * @throws {UnknownIdError} When `id` is not a policy id of the article (from untyped code); the
 *   message names every valid id.
 * @example
 * ```ts
 * import { getPolicy } from 'beijing-digital-economy';
 *
 * getPolicy('digital-economy-1-plus-3-policy-system').status;
 * //=> 'announced'
 * ```
 * @category Lookup
 */
export function getPolicy(id: PolicyId): Policy {
  return findById(policies, 'policy', id);
}
