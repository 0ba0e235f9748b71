import { checkOptions, requireText } from '../internal/check-options.js';
import { zhNoteText } from '../internal/chinese.js';
import { describeValue } from '../internal/describe-value.js';
import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { ArticleIds, Locale, Note } from '../types/index.js';

/**
 * Options of {@link formatNote}.
 *
 * @example
 * ```ts
 * import { findNotes, formatNote, type FormatNoteOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: FormatNoteOptions = { locale: zhHans };
 * const [first] = findNotes({ kind: 'inconsistency' });
 * first === undefined ? '' : formatNote(first.note, options).slice(0, 4);
 * //=> '写入本项'
 * ```
 * @category Format
 */
export interface FormatNoteOptions {
  /** A BCP 47 tag for the English note, or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for the package's Chinese translation of it. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
}

/**
 * A note's text in the words of the locale: the English as the data has it, or with `zhHans` this
 * package's Chinese translation of it (every note of the article has one; a note of another
 * article, which the package has not translated, is given in English and marked （英文）).
 *
 * @param note - A note of the article (or one of the same shape), e.g. from `findNotes()`.
 * @param options - The locale.
 * @returns The note's text.
 * @throws {InvalidOptionError} When `note` has no text, an option is unknown (from untyped code), or
 *   `locale` asks for Chinese by tag rather than with the locale module (the message names the
 *   import).
 * @example
 * ```ts
 * import { formatNote, getStatistic } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const [conflict] = getStatistic('big-data-top-500-national-share-2019').notes ?? [];
 * conflict === undefined ? '' : formatNote(conflict, { locale: zhHans }).split('。')[0];
 * //=> '500家榜单中的22家企业占4.4%，而不是44%'
 * ```
 * @category Format
 */
export function formatNote(note: Note, options: FormatNoteOptions = {}): string {
  checkOptions('options', options, ['locale']);
  if (typeof note !== 'object' || note === null)
    throw new InvalidOptionError('note', `got ${describeValue(note)}; expected a Note`);
  const text = requireText('note.text', note.text);
  const { forms } = resolveLocale(options.locale);
  return forms === undefined ? text : zhNoteText(forms, { text });
}
