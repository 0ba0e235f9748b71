import { paragraphs } from '../generated/article-data.js';
import type { ParagraphId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Paragraph } from '../types/index.js';

/**
 * Looks up one paragraph of the article by its id.
 *
 * @param id - The paragraph's id; a typo is a compile error, since {@link ParagraphId} is a union of literals.
 * @returns The paragraph, deeply frozen.
 * @throws {UnknownIdError} When `id` is not a paragraph id of the article (from untyped code); the
 *   message names every valid id.
 * @example
 * ```ts
 * import { getParagraph } from 'beijing-digital-economy';
 *
 * getParagraph('headline').role;
 * //=> 'headline'
 * ```
 * @category Lookup
 */
export function getParagraph(id: ParagraphId): Paragraph {
  return findById(paragraphs, 'paragraph', id);
}
