import type { Article, ArticleIds } from '../types/index.js';
import { safeParseArticle } from './safe-parse-article.js';

/**
 * Checks that `input` is a valid article and returns it.
 *
 * @param input - An article object, or its JSON text (a string is parsed as JSON first).
 * @returns A deeply frozen copy of the article, typed as {@link Article}.
 * @throws {ArticleValidationError} When `input` is not a valid article; its `issues` list every
 *   problem with its path, and so does its message.
 * @example
 * ```ts
 * import { article } from 'beijing-digital-economy';
 * import { parseArticle } from 'beijing-digital-economy/schema';
 *
 * parseArticle(JSON.stringify(article)).statistics.length;
 * //=> 13
 * ```
 * @category Schema
 */
export function parseArticle(input: unknown): Article<ArticleIds> {
  const result = safeParseArticle(input);
  if (!result.success) throw result.error;
  return result.data;
}
