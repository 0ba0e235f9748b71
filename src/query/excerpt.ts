import { articleText, paragraphs } from '../generated/article-data.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOptions } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import type { Article, ArticleIds, TextAnchor } from '../types/index.js';

/**
 * Options of {@link excerpt}.
 *
 * @example
 * ```ts
 * import { excerpt, getStatistic, type ExcerptOptions } from 'beijing-digital-economy';
 *
 * const options: ExcerptOptions = { context: 0, marks: ['[', ']'] };
 * excerpt(getStatistic('service-trade-global-rank').source.anchor, options);
 * //=> '…[entered the top 20]…'
 * ```
 * @category Query
 */
export interface ExcerptOptions {
  /** How many characters of the paragraph to show on each side, at most; the cut falls between words. @defaultValue `60` */
  readonly context?: number;
  /** The marks put around the anchored words. @defaultValue `['«', '»']` */
  readonly marks?: readonly [open: string, close: string];
}

/**
 * {@link excerpt} in any article.
 *
 * @internal
 */
export function excerptIn(
  source: Pick<Article<ArticleIds>, 'text' | 'paragraphs'>,
  anchor: TextAnchor<ArticleIds>,
  options: ExcerptOptions = {},
): string {
  const { text: articleText, paragraphs } = source;
  checkOptions('options', options, ['context', 'marks']);
  const context = options.context ?? 60;
  if (!Number.isInteger(context) || context < 0) {
    throw new InvalidOptionError(
      'options.context',
      `got ${describeValue(context)}; expected a whole number of characters, 0 or more`,
    );
  }
  const marks: unknown = options.marks ?? ['«', '»'];
  // Stryker disable next-line ArrayDeclaration: equivalent, what is not an array has no closing mark either way
  const [open, close] = Array.isArray(marks) ? (marks as unknown[]) : [];
  if (typeof open !== 'string' || typeof close !== 'string') {
    throw new InvalidOptionError(
      'options.marks',
      'expected two strings, the opening and the closing mark',
    );
  }
  const { start, end, exact } = anchor ?? {};
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    articleText.slice(start, end) !== exact
  ) {
    throw new InvalidOptionError(
      'anchor',
      `its exact words are not at ${describeValue(start)}..${describeValue(end)} of the article's text; expected an anchor of this article`,
    );
  }
  const paragraph = paragraphs.find((p) => p.start <= start && end <= p.end);
  const from = paragraph?.start ?? start;
  const to = paragraph?.end ?? end;
  let before = articleText.slice(Math.max(from, start - context), start);
  let after = articleText.slice(end, Math.min(to, end + context));
  // Cut between words, so that the context does not begin or end in half a word. The first match
  // of a pattern that matches the empty string is at the start: the first word (or what is left
  // of it) and the spaces after it.
  if (start - context > from) before = before.replace(/\S*\s*/, '');
  if (end + context < to) after = after.replace(/\s*\S*$/, '');
  const ellipsisBefore = start - before.length > from ? '…' : '';
  const ellipsisAfter = end + after.length < to ? '…' : '';
  return `${ellipsisBefore}${before}${open}${exact}${close}${after}${ellipsisAfter}`;
}

/**
 * The anchored words in their surroundings: the words with some of their paragraph on each side,
 * the span marked, and "…" where the paragraph goes on.
 *
 * @param anchor - An anchor of the article (any item's `anchor`, `source.anchor` or mention).
 * @param options - How much context, and which marks.
 * @returns The excerpt.
 * @throws {InvalidOptionError} When the anchor's words are not at its offsets in the article's
 *   text, or an option is out of range or unknown.
 * @example
 * ```ts
 * import { excerpt, getStatistic } from 'beijing-digital-economy';
 *
 * excerpt(getStatistic('service-trade-share-of-national-2019').source.anchor, { context: 20 });
 * //=> '…accounting for «about 20%» of the country’s…'
 * ```
 * @category Query
 */
export function excerpt(anchor: TextAnchor<ArticleIds>, options?: ExcerptOptions): string {
  return excerptIn({ text: articleText, paragraphs }, anchor, options);
}
