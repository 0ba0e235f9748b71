import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { formatPeriod } from '../internal/format-period.js';
import { COMPARATORS } from '../internal/vocabulary.js';
import { guard } from '../internal/guard.js';
import { own } from '../internal/own.js';
import { resolveLocale, type ResolvedLocale } from '../internal/resolve-locale.js';
import { ENGLISH_WORDS } from '../internal/words.js';
import { builtInName, type EntityNamer } from '../model/built-in-names.js';
import type { ArticleIds, Locale, Statistic, StatisticTranslation } from '../types/index.js';
import { formatValue } from './format-value.js';

/** The locale's forms of a statistic, where the locale has them; none in English. */
export function statisticForms(
  forms: Locale<ArticleIds> | undefined,
  statistic: Pick<Statistic<ArticleIds>, 'id'>,
): StatisticTranslation | undefined {
  return forms === undefined ? undefined : own(forms.statistics, statistic.id);
}

/**
 * A statistic's value with its comparator in words of the language ("more than US$160 billion",
 * "超过1600亿美元", "前20名"). A Chinese count gives its measure word (超过600家) and, unless a
 * label beside it already says so (`labelled`), what it counts (超过600家企业总部和全球研发中心).
 * For formatStatistic and the views that show the label in a column of their own.
 */
export function statisticValue(
  statistic: Statistic<ArticleIds>,
  { tag, forms }: ResolvedLocale,
  style: 'short' | 'long',
  labelled: boolean,
): string {
  const phrasing = forms?.words ?? ENGLISH_WORDS;
  const value = formatValue(statistic.value, statistic.unit, { locale: forms ?? tag, style });
  if (statistic.unit.kind === 'rank' && statistic.comparator === 'at-most')
    return phrasing.topRank(
      new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(statistic.value),
    );
  const of = labelled ? undefined : statisticForms(forms, statistic)?.unitOf?.text;
  const counted = statistic.unit.kind === 'count' && of !== undefined ? `${value}${of}` : value;
  return phrasing.join(phrasing.comparators[statistic.comparator], counted);
}

/**
 * Options of {@link formatStatistic}.
 *
 * @example
 * ```ts
 * import { formatStatistic, getStatistic, type FormatStatisticOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: FormatStatisticOptions = { locale: zhHans, label: false, period: false, attribution: false };
 * formatStatistic(getStatistic('service-trade-share-of-national-2019'), options);
 * //=> '约20%'
 * ```
 * @category Format
 */
export interface FormatStatisticOptions {
  /** A BCP 47 tag for English words with numbers and dates in that locale (unknown, malformed and traditional-script tags give `en`), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese, with the statistic's Chinese label and unit. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
  /** `'short'` for compact figures ("$160B"), `'long'` for words ("US$160 billion"). @defaultValue `'short'` */
  readonly style?: 'short' | 'long';
  /** Whether to begin with the statistic's label. @defaultValue `true` */
  readonly label?: boolean;
  /** Whether to add the period, e.g. " (2019)". @defaultValue `true` */
  readonly period?: boolean;
  /** The name to credit (", according to Jilin"), or `false` for none; a blank name throws. @defaultValue the source's name in the locale, as `nameOf` gives it (for another article, use `forArticle(article).formatStatistic`) */
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
    if (options.attribution !== undefined && options.attribution !== false) {
      const credited = requireText('options.attribution', options.attribution);
      // A blank name would end the sentence "…, according to " with nobody.
      if (credited.trim() === '')
        throw new InvalidOptionError(
          'options.attribution',
          `got ${describeValue(credited)}; expected a name to credit, or false for none`,
        );
    }
    const locale = resolveLocale(options.locale);
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
    const { tag, forms } = locale;
    const phrasing = forms?.words ?? ENGLISH_WORDS;
    const zh = statisticForms(forms, statistic);
    const labelled = options.label !== false;
    // The label says what a Chinese count counts: 入选…的北京企业：22家, not 22家企业 again.
    const value = statisticValue(statistic, locale, style, labelled);
    const labelText = zh?.label.text ?? requireText('statistic.label', statistic.label);
    const label = labelled ? `${labelText}${phrasing.separator}` : '';
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
        ? nameEntity(statistic.source.attributedTo, forms)
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
 *   the documented form, an option is unknown (from untyped code), or `locale` asks for Chinese by
 *   tag rather than with the locale module (the message names the import).
 * @example
 * ```ts
 * import { formatStatistic, getStatistic } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * formatStatistic(getStatistic('service-trade-volume-2019'), { style: 'long', label: false });
 * //=> 'more than US$160 billion (2019), according to Jilin'
 * formatStatistic(getStatistic('big-data-top-500-beijing-companies-2019'), { locale: zhHans });
 * //=> '入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林'
 * ```
 * @category Format
 */
export function formatStatistic(
  statistic: Statistic<ArticleIds>,
  options?: FormatStatisticOptions,
): string {
  return formatStatisticWith(statistic, options, builtInName);
}
