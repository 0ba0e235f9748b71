import { ArticleValidationError, type ArticleIssue } from '../errors/article-validation-error.js';
import type { Article, ArticleIds } from '../types/index.js';
import { ArticleSchema } from './article.js';

/**
 * What {@link safeParseArticle} returns: the article, or the error that lists every problem.
 *
 * @example
 * ```ts
 * import { article } from 'beijing-digital-economy';
 * import { safeParseArticle, type SafeParseArticleResult } from 'beijing-digital-economy/schema';
 *
 * const result: SafeParseArticleResult = safeParseArticle(article);
 * result.success;
 * //=> true
 * ```
 * @category Schema
 */
export type SafeParseArticleResult =
  | { readonly success: true; readonly data: Article<ArticleIds> }
  | { readonly success: false; readonly error: ArticleValidationError };

function fromJsonText(input: string): { value: unknown } | { issue: ArticleIssue } {
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    return {
      issue: {
        path: [],
        message: `not valid JSON (${(error as Error).message}); expected an article object or its JSON text`,
      },
    };
  }
}

/**
 * Checks that `input` is a valid article, without throwing.
 *
 * @param input - An article object, or its JSON text (a string is parsed as JSON first).
 * @returns `{ success: true, data }` with a deeply frozen copy of the article, or
 *   `{ success: false, error }` whose `error.issues` lists every problem with its path.
 * @example
 * ```ts
 * import { safeParseArticle } from 'beijing-digital-economy/schema';
 *
 * const result = safeParseArticle({ id: 'x' });
 * result.success;
 * //=> false
 * ```
 * @category Schema
 */
export function safeParseArticle(input: unknown): SafeParseArticleResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = fromJsonText(input);
    if ('issue' in parsed)
      return { success: false, error: new ArticleValidationError([parsed.issue]) };
    value = parsed.value;
  }
  const result = ArticleSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
  return { success: false, error: new ArticleValidationError(issues) };
}
