import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import { own } from '../internal/own.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { isArray } from '../internal/is-array.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import type { ArticleIds, Locale, Policy } from '../types/index.js';

/**
 * Options of {@link formatPolicy}.
 *
 * @example
 * ```ts
 * import { formatPolicy, getPolicy, type FormatPolicyOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: FormatPolicyOptions = { locale: zhHans, issuers: ['北京'] };
 * formatPolicy(getPolicy('digital-economy-1-plus-3-policy-system'), options).endsWith('北京将于2020年9月7日发布。');
 * //=> true
 * ```
 * @category Format
 */
export interface FormatPolicyOptions {
  /** A BCP 47 tag for English words with dates and lists in that locale (unknown, malformed and traditional-script tags give `en`), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese, with the policy's Chinese title and focus areas. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
  /** The issuers' names, or `false` to leave them out. @defaultValue the issuers' names in the locale, as `nameOf` gives them (for another article, use `forArticle(article).formatPolicy`) */
  readonly issuers?: readonly string[] | false;
}

/**
 * {@link formatPolicy} with the names of any article.
 *
 * @internal
 */
export function formatPolicyWith(
  policy: Policy<ArticleIds>,
  options: FormatPolicyOptions = {},
  nameEntity: EntityNamer,
): string {
  return guard('policy', 'a Policy', () => {
    checkOptions('options', options, ['locale', 'issuers']);
    if (typeof policy !== 'object' || policy === null)
      throw new InvalidOptionError('policy', `got ${describeValue(policy)}; expected a Policy`);
    checkOneOf('policy.status', policy.status, ['issued', 'announced']);
    if (options.issuers !== undefined && options.issuers !== false && !isArray(options.issuers)) {
      throw new InvalidOptionError('options.issuers', 'expected an array of names, or false');
    }
    const { tag, forms } = resolveLocale(options.locale);
    if (policy.supportingDocuments !== undefined && !Number.isInteger(policy.supportingDocuments)) {
      throw new InvalidOptionError(
        'policy.supportingDocuments',
        `got ${describeValue(policy.supportingDocuments)}; expected a whole number`,
      );
    }
    if (policy.focusAreas !== undefined && !Array.isArray(policy.focusAreas)) {
      throw new InvalidOptionError('policy.focusAreas', 'expected an array of strings');
    }
    // An empty list formats as '', which the sentence leaves out as it would no list.
    const list = (items: readonly string[], name: string) =>
      // Stryker disable next-line ObjectLiteral: equivalent, a conjunction is Intl.ListFormat's default type
      new Intl.ListFormat(tag, { type: 'conjunction' }).format(
        items.map((item, i) => requireText(`${name}[${i}]`, item)),
      );
    const date = formatPeriod(requireText('policy.date', policy.date), tag, 'policy.date');
    const zh = forms === undefined ? undefined : own(forms.policies, policy.id);
    const title = zh?.title.text ?? requireText('policy.title', policy.title);
    const named =
      options.issuers === false
        ? []
        : (options.issuers ??
          policy.issuedBy.flatMap(
            (id) => nameEntity(requireText('policy.issuedBy[]', id), forms) ?? [],
          ));
    const issuers = list(named, options.issuers ? 'options.issuers' : 'policy.issuedBy');
    const documents = policy.supportingDocuments;
    const focusAreas = zh?.focusAreas?.map((area) => area.text) ?? policy.focusAreas;
    const focus = focusAreas && list(focusAreas, 'policy.focusAreas');
    if (forms !== undefined) {
      const when = policy.status === 'issued' ? '于' : '将于';
      return (
        `《${title}》：${issuers}${when}${date}发布` +
        `${documents === undefined ? '' : `，另有${documents}份配套文件`}${focus ? `，聚焦${focus}` : ''}。`
      );
    }
    const verb = policy.status === 'issued' ? 'issued' : 'to be issued';
    const documentWords =
      documents === undefined
        ? ''
        : `, with ${documents} supporting document${documents === 1 ? '' : 's'}`;
    return `${title}: ${verb}${issuers ? ` by ${issuers}` : ''} on ${date}${documentWords}${focus ? `; focus: ${focus}` : ''}.`;
  });
}

/**
 * Formats a policy as a sentence: its title, whether it was issued or is to be issued, on what
 * day, by whom, with how many supporting documents and which focus areas. Dates and lists go
 * through `Intl.DateTimeFormat` and `Intl.ListFormat`.
 *
 * @param policy - A policy of the article (or one of the same shape).
 * @param options - Locale and the issuers' names.
 * @returns The sentence.
 * @throws {InvalidOptionError} When the policy's status or date is not of the documented form, an
 *   option is unknown (from untyped code), or `locale` asks for Chinese by tag rather than with the
 *   locale module (the message names the import).
 * @example
 * ```ts
 * import { formatPolicy, getPolicy } from 'beijing-digital-economy';
 *
 * formatPolicy(getPolicy('digital-economy-1-plus-3-policy-system'));
 * //=> '“1+3” policy system to promote the digital economy and innovative development: to be issued by Beijing on September 7, 2020.'
 * ```
 * @category Format
 */
export function formatPolicy(policy: Policy<ArticleIds>, options?: FormatPolicyOptions): string {
  return formatPolicyWith(policy, options, builtInName);
}
