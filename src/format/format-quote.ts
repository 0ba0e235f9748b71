import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { guard } from '../internal/guard.js';
import { ENGLISH_WORDING } from '../internal/chinese.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import type { Quote, ArticleIds } from '../types/index.js';

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
  /** A BCP 47 locale; words are English unless it is Chinese in simplified characters (`zh-CN`), where the quotation stays in English, marked as the translation's wording. Traditional-script, unknown and malformed locales fall back to `en`. @defaultValue `'en'` */
  readonly locale?: string;
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
    const { language } = resolveLocale(options.locale);
    const text = requireText('quote.text', quote.text);
    const speaker =
      options.speaker === false
        ? undefined
        : options.speaker === undefined
          ? nameEntity(requireText('quote.speaker', quote.speaker), language)
          : requireText('options.speaker', options.speaker);
    if (language === 'zh') {
      // Never translated back: the words stay the English translation's, and say so.
      const quoted = `“${text}”${ENGLISH_WORDING}`;
      if (speaker === undefined) return quoted;
      return quote.mode === 'direct' ? `${speaker}：${quoted}` : `据${speaker}：${quoted}`;
    }
    if (quote.mode === 'direct')
      return speaker === undefined ? `“${text}”` : `“${text}” — ${speaker}`;
    // A colon, not a comma: reported speech keeps its own words, capitals and sentences.
    return speaker === undefined ? text : `According to ${speaker}: ${text}`;
  });
}

/**
 * Formats a quote for reading: a direct quotation in quotation marks with its speaker, a
 * reported statement in its own words after "According to …:". The speaker
 * is named as `nameOf` names them, unless the options name them or leave them out. In Chinese ("据…") the words stay those of
 * the English translation, in quotation marks and marked as such (`（英文译文原文，未回译）`): a
 * quotation is never translated back, since that would put words in the speaker's mouth.
 *
 * @param quote - A quote of the article (or one of the same shape).
 * @param options - Locale and the speaker's name.
 * @returns The quote as a sentence.
 * @throws {InvalidOptionError} When `quote.mode` is neither `direct` nor `indirect`, or an option
 *   is unknown (from untyped code).
 * @example
 * ```ts
 * import { formatQuote, getQuote } from 'beijing-digital-economy';
 *
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
