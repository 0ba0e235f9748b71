import type * as z from 'zod';
import { ArticleValidationError, type ArticleIssue } from '../errors/article-validation-error.js';
import { quoteForMessage } from '../internal/message-text.js';
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

/** What a thrown value says about itself, read without trusting it (it may be a Proxy too). */
function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
    return typeof thrown === 'string' ? thrown : typeof thrown;
  } catch {
    return 'a value that cannot be read either';
  }
}

/** A zod issue in the package's words: its path, and a message that quotes no more than an excerpt. */
function toArticleIssue(issue: z.core.$ZodIssue): ArticleIssue {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  if (issue.code !== 'unrecognized_keys') return { path, message: issue.message };
  const shown = issue.keys.slice(0, 5).map((key) => quoteForMessage(key));
  const more =
    issue.keys.length > shown.length ? ` and ${issue.keys.length - shown.length} more` : '';
  return {
    path,
    message: `unknown key${issue.keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}: the format has no such field`,
  };
}

/**
 * Checks that `input` is a valid article, without throwing: whatever it is given (a revoked
 * Proxy, a getter that throws, an id of ten million characters), it returns a result.
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
  try {
    const result = ArticleSchema.safeParse(value);
    if (result.success) return { success: true, data: result.data };
    const issues = result.error.issues.map(toArticleIssue);
    return { success: false, error: new ArticleValidationError(issues) };
  } catch (thrown) {
    // Reading the input threw: a revoked Proxy, a getter that throws. Not an article.
    const issue: ArticleIssue = {
      path: [],
      message: `the input could not be read (${describeThrown(thrown)}); expected plain data: an article object or its JSON text`,
    };
    return { success: false, error: new ArticleValidationError([issue]) };
  }
}
