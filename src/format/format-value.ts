import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { resolveLocale, type ResolvedLocale } from '../internal/resolve-locale.js';
import { CURRENCIES, UNIT_KINDS } from '../internal/vocabulary.js';
import { ordinal } from '../internal/ordinal.js';
import type { ArticleIds, Locale, Unit } from '../types/index.js';

/**
 * Options of {@link formatValue}.
 *
 * @example
 * ```ts
 * import { formatValue, type FormatValueOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: FormatValueOptions = { locale: zhHans };
 * formatValue(160_000_000_000, { kind: 'currency', currency: 'USD' }, options);
 * //=> '1600亿美元'
 * ```
 * @category Format
 */
export interface FormatValueOptions {
  /** A BCP 47 tag for English words with numbers in that locale (unknown, malformed and traditional-script tags give `en`), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese (第一 for first, 1600亿美元, 22家). A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
  /** `'short'` for compact figures as `Intl` gives them ("$160B"); `'long'` for words ("US$160 billion"). In Chinese both give sums in 亿 and 万亿 with the currency's name, as Chinese papers print them (1600亿美元, 2868.9亿元). @defaultValue `'short'` */
  readonly style?: 'short' | 'long';
}

const FRACTION = { maximumFractionDigits: 2, minimumFractionDigits: 0 } as const;

function currencyLong(value: number, currency: string, { tag }: ResolvedLocale): string {
  // International English names the dollar "US$", as the source does; US English says "$".
  const symbolLocale = /^en(-US)?$/i.test(tag) ? 'en-001' : tag;
  const currencyParts = new Intl.NumberFormat(symbolLocale, {
    style: 'currency',
    currency,
    ...FRACTION,
  }).formatToParts(Math.abs(value));
  const symbolAt = currencyParts.findIndex((part) => part.type === 'currency');
  const numberAt = currencyParts.findIndex((part) => part.type === 'integer');
  // Stryker disable next-line OptionalChaining: equivalent, a currency format of USD and CNY always has a currency part
  const symbol = currencyParts[symbolAt]?.value ?? currency;
  const numberParts = new Intl.NumberFormat(tag, {
    notation: 'compact',
    compactDisplay: 'long',
    ...FRACTION,
  }).formatToParts(value);
  const sign = numberParts.find((part) => part.type === 'minusSign')?.value ?? '';
  const number = numberParts
    .filter((part) => part.type !== 'minusSign')
    .map((part) => part.value)
    .join('');
  const between = (from: number, to: number) =>
    currencyParts
      .slice(from + 1, to)
      .filter((part) => part.type === 'literal')
      .map((part) => part.value)
      // Stryker disable next-line StringLiteral: equivalent, ICU gives what stands between symbol and number as one literal part
      .join('');
  // Stryker disable next-line EqualityOperator: equivalent, the symbol and the number are two parts, never at one index
  return symbolAt < numberAt
    ? `${sign}${symbol}${between(symbolAt, numberAt)}${number}`
    : `${sign}${number}${between(numberAt, symbolAt) || ' '}${symbol}`;
}

/**
 * Formats a value in its unit, in words and numbers of the locale, through `Intl`.
 *
 * @param value - The value in base units, as in `Statistic.value`: `160000000000` for US$160
 *   billion, `50` for 50%, `1` for first.
 * @param unit - The unit of the value.
 * @param options - Locale and style.
 * @returns The value with its unit, e.g. "$160B", "US$160 billion", "50%", "1st", "2 years"; in
 *   Chinese "1600亿美元", "2868.9亿元", "22家" (a count with its measure word: what is counted is
 *   the statistic's label), "第一", "2年".
 * @throws {InvalidOptionError} When `value` is not a finite number, `unit` is not a {@link Unit},
 *   an option is unknown (from untyped code), `locale` is neither a tag nor the locale module's
 *   object, or it asks for Chinese by tag rather than with the locale module (the message names
 *   the import).
 * @example
 * ```ts
 * import { formatValue } from 'beijing-digital-economy';
 *
 * formatValue(160_000_000_000, { kind: 'currency', currency: 'USD' }, { style: 'long' });
 * //=> 'US$160 billion'
 * ```
 * @category Format
 */
export function formatValue(value: number, unit: Unit, options: FormatValueOptions = {}): string {
  checkOptions('options', options, ['locale', 'style']);
  if (!Number.isFinite(value)) {
    throw new InvalidOptionError('value', `got ${describeValue(value)}; expected a finite number`);
  }
  if (typeof unit !== 'object' || unit === null)
    throw new InvalidOptionError(
      'unit',
      `got ${describeValue(unit)}; expected a unit object such as { kind: 'percent' }`,
    );
  checkOneOf('unit.kind', unit.kind, UNIT_KINDS);
  const style = options.style ?? 'short';
  checkOneOf('options.style', style, ['short', 'long']);
  const locale = resolveLocale(options.locale);
  const { tag, forms } = locale;
  switch (unit.kind) {
    case 'percent':
      return new Intl.NumberFormat(tag, { style: 'percent', ...FRACTION }).format(value / 100);
    case 'currency':
      checkOneOf('unit.currency', unit.currency, CURRENCIES);
      // A locale prints money its own way (1600亿美元 in both styles).
      if (forms) return forms.words.money(value, unit.currency);
      return style === 'long'
        ? currencyLong(value, unit.currency, locale)
        : new Intl.NumberFormat(tag, {
            style: 'currency',
            currency: unit.currency,
            notation: 'compact',
            ...FRACTION,
          }).format(value);
    case 'count': {
      const of = requireText('unit.of', unit.of);
      const number = new Intl.NumberFormat(
        tag,
        style === 'short' ? { notation: 'compact', ...FRACTION } : FRACTION,
      ).format(value);
      // A locale's count takes the measure word of what it counts (22家).
      return forms ? forms.words.count(number, of) : `${number} ${of}`;
    }
    case 'rank': {
      // The ordinal suffix belongs to the words' language, not the number's.
      return (forms?.words.ordinal ?? ordinal)(
        new Intl.NumberFormat(tag, FRACTION).format(value),
        value,
      );
    }
    case 'years':
      return new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'year',
        unitDisplay: 'long',
        ...FRACTION,
      }).format(value);
  }
}
