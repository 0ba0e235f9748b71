import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { formatPeriod } from '../internal/format-period.js';
import { COMPARATORS } from '../internal/vocabulary.js';
import { guard } from '../internal/guard.js';
import { zhHans } from '../internal/chinese.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { COMPARATOR_WORDS, PHRASING } from '../internal/words.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import type { Statistic, ArticleIds } from '../types/index.js';
import { formatValue } from './format-value.js';

/**
 * Options of {@link formatStatistic}.
 *
 * @example
 * ```ts
 * import { formatStatistic, getStatistic, type FormatStatisticOptions } from 'beijing-digital-economy';
 *
 * const options: FormatStatisticOptions = { locale: 'zh-CN', label: false, period: false, attribution: false };
 * formatStatistic(getStatistic('service-trade-share-of-national-2019'), options);
 * //=> '约20%'
 * ```
 * @category Format
 */
export interface FormatStatisticOptions {
  /** A BCP 47 locale; words are English unless it is Chinese in simplified characters (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`), which also takes the statistic's Chinese label and unit from `translations`. Traditional-script, unknown and malformed locales fall back to `en`. @defaultValue `'en'` */
  readonly locale?: string;
  /** `'short'` for compact figures ("$160B"), `'long'` for words ("US$160 billion"). @defaultValue `'short'` */
  readonly style?: 'short' | 'long';
  /** Whether to begin with the statistic's label. @defaultValue `true` */
  readonly label?: boolean;
  /** Whether to add the period, e.g. " (2019)". @defaultValue `true` */
  readonly period?: boolean;
  /** The name to credit (", according to Jilin"), or `false` for none. @defaultValue the source's name in the locale, as `nameOf` gives it (for another article, use `forArticle(article).formatStatistic`) */
  readonly attribution?: string | false;
}

/**
 * {@link formatStatistic} with the names of any article.
 *
 * @internal
 */
export function formatStatisticWith(
  statistic: Statistic<ArticleIds>,
  options: FormatStatisticOptions = {},
  nameEntity: EntityNamer,
): string {
  return guard('statistic', 'a Statistic', () => {
    // Every option is checked before the statistic is read, whatever its unit.
    checkOptions('options', options, ['locale', 'style', 'label', 'period', 'attribution']);
    const style = options.style ?? 'short';
    checkOneOf('options.style', style, ['short', 'long']);
    for (const flag of ['label', 'period'] as const) {
      const value: unknown = options[flag];
      if (value !== undefined && typeof value !== 'boolean')
        throw new InvalidOptionError(
          `options.${flag}`,
          `got ${describeValue(value)}; expected true or false`,
        );
    }
    if (options.attribution !== undefined && options.attribution !== false)
      requireText('options.attribution', options.attribution);
    if (options.locale !== undefined) requireText('options.locale', options.locale);
    if (typeof statistic !== 'object' || statistic === null) {
      throw new InvalidOptionError(
        'statistic',
        `got ${describeValue(statistic)}; expected a Statistic`,
      );
    }
    checkOneOf('statistic.comparator', statistic.comparator, COMPARATORS);
    if (!Number.isFinite(statistic.value)) {
      throw new InvalidOptionError(
        'statistic.value',
        `got ${describeValue(statistic.value)}; expected a finite number`,
      );
    }
    const { tag, language } = resolveLocale(options.locale);
    const phrasing = PHRASING[language];
    const zh = language === 'zh' ? zhHans(statistic) : undefined;
    const topRank = statistic.unit?.kind === 'rank' && statistic.comparator === 'at-most';
    const number = (fields: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(tag, { maximumFractionDigits: 2, ...fields }).format(statistic.value);
    // A Chinese count puts its measure word between the number and the thing counted: 22家企业.
    const count =
      statistic.unit?.kind === 'count' && zh?.unitOf
        ? `${number(style === 'short' ? { notation: 'compact' } : {})}${zh.unitOf.classifier ?? ''}${zh.unitOf.text}`
        : undefined;
    const value = topRank
      ? phrasing.topRank(number({}))
      : phrasing.join(
          COMPARATOR_WORDS[language][statistic.comparator],
          count ?? formatValue(statistic.value, statistic.unit, { locale: tag, style }),
        );
    const labelText = zh?.label.text ?? requireText('statistic.label', statistic.label);
    const label = options.label === false ? '' : `${labelText}${phrasing.separator}`;
    const period =
      options.period === false || statistic.period === undefined
        ? ''
        : phrasing.period(
            formatPeriod(
              requireText('statistic.period', statistic.period),
              tag,
              'statistic.period',
            ),
          );
    const credited =
      options.attribution === undefined
        ? nameEntity(statistic.source.attributedTo, language)
        : options.attribution === false
          ? undefined
          : options.attribution;
    const attribution = credited === undefined ? '' : phrasing.accordingTo(credited);
    return `${label}${value}${period}${attribution}`;
  });
}

/**
 * Formats a statistic as a phrase: its label, its value with the comparator in words of the
 * locale ("more than", "about", "top 20"; "超过", "约", "前20"), its period and, where asked, whom
 * it is according to.
 *
 * @param statistic - A statistic of the article (or one of the same shape).
 * @param options - Locale, style and which parts to include.
 * @returns The phrase, e.g. "Service trade, total import and export volume: more than $160B (2019)".
 * @throws {InvalidOptionError} When the statistic's value, unit, comparator or period is not of
 *   the documented form, or an option is unknown (from untyped code).
 * @example
 * ```ts
 * import { formatStatistic, getStatistic } from 'beijing-digital-economy';
 *
 * formatStatistic(getStatistic('service-trade-volume-2019'), { style: 'long', label: false });
 * //=> 'more than US$160 billion (2019), according to Jilin'
 * ```
 * @category Format
 */
export function formatStatistic(
  statistic: Statistic<ArticleIds>,
  options?: FormatStatisticOptions,
): string {
  return formatStatisticWith(statistic, options, builtInName);
}
