/**
 * One problem found in an article: where (`path`, as keys and indexes) and what is wrong.
 *
 * @example
 * ```ts
 * import { safeParseArticle, type ArticleIssue } from 'beijing-digital-economy/schema';
 *
 * const result = safeParseArticle({});
 * const issues: readonly ArticleIssue[] = result.success ? [] : result.error.issues;
 * issues[0]?.path;
 * //=> ['id']
 * ```
 * @category Errors
 */
export interface ArticleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the article)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Thrown by `parseArticle` when its input is not a valid article. `issues` lists every problem
 * with its path; the message lists them too, one a line.
 *
 *
 * @example
 * ```ts
 * import { safeParseArticle } from 'beijing-digital-economy/schema';
 *
 * const result = safeParseArticle({ id: 'not-an-article' });
 * result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).slice(0, 2);
 * //=> ['text', 'metadata']
 * ```
 * @category Errors
 */
export class ArticleValidationError extends Error {
  /** Stable code for programs: `'ERR_INVALID_ARTICLE'`. */
  readonly code = 'ERR_INVALID_ARTICLE';
  override readonly name = 'ArticleValidationError';
  /** Every problem found, each with its path. */
  readonly issues: readonly ArticleIssue[];

  constructor(issues: readonly ArticleIssue[]) {
    const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    super(`Invalid article: ${issues.length} problem(s)\n${lines.join('\n')}`);
    this.issues = Object.freeze(
      issues.map((issue) =>
        Object.freeze({ path: Object.freeze([...issue.path]), message: issue.message }),
      ),
    );
  }
}
