import {
  cutWhole,
  EXCERPT_LENGTH,
  escapeForMessage,
  quoteForMessage,
} from '../internal/message-text.js';

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

/** A key that reads as itself after a dot: letters, digits, `_` and `$`, not starting with a digit. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** The path as code would write it (`statistics[0].source.anchor`), any other key quoted and escaped. */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the article)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!PLAIN_KEY.test(key) || key.length > EXCERPT_LENGTH) return `[${quoteForMessage(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

/** The most problems the message lists; `issues` holds them all. */
const LISTED = 50;
/** The longest message about one problem, in UTF-16 code units before escaping. */
const MESSAGE_LENGTH = 2000;

/** A problem's message, cut to {@link MESSAGE_LENGTH} and escaped: one line, whatever it quotes. */
function boundedMessage(message: string): string {
  const cut = message.length <= MESSAGE_LENGTH ? message : `${cutWhole(message, MESSAGE_LENGTH)}…`;
  return escapeForMessage(cut);
}

/**
 * Thrown by `parseArticle` when its input is not a valid article. `issues` lists every problem
 * with its path; the message lists the first 50, one a line, each quoting at most a short excerpt
 * of the input, with line breaks and other control characters in keys and values escaped
 * (`\u000a`), so that nothing in the input can pass for a line of the message.
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
  /** Every problem found, each with its path and its message (bounded and escaped, as above). */
  readonly issues: readonly ArticleIssue[];

  constructor(issues: readonly ArticleIssue[]) {
    const bounded = issues.map((issue) =>
      Object.freeze({
        path: Object.freeze([...issue.path]),
        message: boundedMessage(issue.message),
      }),
    );
    const lines = bounded
      .slice(0, LISTED)
      .map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > LISTED)
      lines.push(`  … and ${issues.length - LISTED} more (every one is in error.issues)`);
    super(`Invalid article: ${issues.length} problem(s)\n${lines.join('\n')}`);
    this.issues = Object.freeze(bounded);
  }
}
