import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { guard } from '../internal/guard.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import type { ArticleIds, Locale, Quote } from '../types/index.js';

/**
 * Options of {@link formatQuote}.
 *
 * @example
 * ```ts
 * import { formatQuote, getQuote, type FormatQuoteOptions } from 'beijing-digital-economy';
 *
 * const options: FormatQuoteOptions = { speaker: 'Mr Ji' };
 * formatQuote(getQuote('jilin-service-trade'), options).startsWith('According to Mr Ji: ');
 * //=> true
 * ```
 * @category Format
 */
export interface FormatQuoteOptions {
  /** A BCP 47 tag for English words (any tag but Chinese in simplified characters), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese words around the quotation, which stays the English translation's. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
  /** The speaker's name, or `false` to leave it out. @defaultValue the speaker's name in the locale, as `nameOf` gives it (for another article, use `forArticle(article).formatQuote`) */
  readonly speaker?: string | false;
}

/**
 * {@link formatQuote} with the names of any article.
 *
 * @internal
 */
export function formatQuoteWith(
  quote: Quote<ArticleIds>,
  options: FormatQuoteOptions = {},
  nameEntity: EntityNamer,
): string {
  return guard('quote', 'a Quote', () => {
    checkOptions('options', options, ['locale', 'speaker']);
    if (typeof quote !== 'object' || quote === null)
      throw new InvalidOptionError('quote', `got ${describeValue(quote)}; expected a Quote`);
    checkOneOf('quote.mode', quote.mode, ['direct', 'indirect']);
    const { forms } = resolveLocale(options.locale);
    const text = requireText('quote.text', quote.text);
    const speaker =
      options.speaker === false
        ? undefined
        : options.speaker === undefined
          ? nameEntity(requireText('quote.speaker', quote.speaker), forms)
          : requireText('options.speaker', options.speaker);
    if (forms !== undefined) {
      // Never translated back: the words stay the English translation's, in quotation marks.
      const quoted = `“${text}”`;
      if (speaker === undefined) return quoted;
      return quote.mode === 'direct' ? `${speaker}表示：${quoted}` : `据${speaker}介绍，${quoted}`;
    }
    if (quote.mode === 'direct')
      return speaker === undefined ? `“${text}”` : `“${text}” — ${speaker}`;
    // A colon, not a comma: reported speech keeps its own words, capitals and sentences.
    return speaker === undefined ? text : `According to ${speaker}: ${text}`;
  });
}

/**
 * Formats a quote for reading: a direct quotation in quotation marks with its speaker, a
 * reported statement in its own words after "According to …:". The speaker is named as `nameOf`
 * names them, unless the options name them or leave them out. In Chinese (with `zhHans`) the frame
 * is Chinese prose (吉林表示：“…” for a quotation, 据吉林介绍，“…” for a reported statement) and
 * the words stay those of the English translation, in quotation marks: a quotation is never
 * translated back, since that would put words in the speaker's mouth. A list of quotes says so
 * once, before the list (以下引语照录英文译文，未译回中文。), as the command line and `toMarkdown` do.
 *
 * @param quote - A quote of the article (or one of the same shape).
 * @param options - Locale and the speaker's name.
 * @returns The quote as a sentence.
 * @throws {InvalidOptionError} When `quote.mode` is neither `direct` nor `indirect`, an option is
 *   unknown (from untyped code), or `locale` asks for Chinese by tag rather than with the locale
 *   module (the message names the import).
 * @example
 * ```ts
 * import { formatQuote, getQuote } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * formatQuote(getQuote('jilin-park-output'), { locale: zhHans });
 * //=> '吉林表示：“In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,”'
 * formatQuote(getQuote('jilin-park-output'));
 * //=> '“In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,” — Jilin'
 * formatQuote(getQuote('jilin-park-output'), { speaker: false });
 * //=> '“In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,”'
 * ```
 * @category Format
 */
export function formatQuote(quote: Quote<ArticleIds>, options?: FormatQuoteOptions): string {
  return formatQuoteWith(quote, options, builtInName);
}
