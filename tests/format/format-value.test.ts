// Exact forms where a reader reads them. The words and symbols are the CLDR data of the ICU that
// Node.js 20 ships; only the kind of space (U+00A0, U+202F) differs between ICU builds, so it is
// normalised to a plain space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, InvalidOptionError, type Locale, type Unit } from '../../src/index.js';
import { asksForChinese } from '../../src/internal/resolve-locale.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { optionErrorMessage } from '../support/option-error.js';

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const usd = { kind: 'currency', currency: 'USD' } as const;
const cny = { kind: 'currency', currency: 'CNY' } as const;
const format = (value: number, unit: Unit, locale?: string | Locale, style?: 'short' | 'long') =>
  normalise(
    formatValue(value, unit, {
      ...(locale === undefined ? {} : { locale }),
      ...(style === undefined ? {} : { style }),
    }),
  );

describe('formatValue: money', () => {
  it.each([
    ['en', 'short', ['$160B', '-$160B', '$286.89B', '$1.23K', '-$1.5', '$0']],
    [
      'en',
      'long',
      [
        'US$160 billion',
        '-US$160 billion',
        'US$286.89 billion',
        'US$1.23 thousand',
        '-US$1.5',
        'US$0',
      ],
    ],
    [
      'en-US',
      'long',
      [
        'US$160 billion',
        '-US$160 billion',
        'US$286.89 billion',
        'US$1.23 thousand',
        '-US$1.5',
        'US$0',
      ],
    ],
    ['en-GB', 'short', ['US$160bn', '-US$160bn', 'US$286.89bn', 'US$1.23k', '-US$1.5', 'US$0']],
    [
      'en-GB',
      'long',
      [
        'US$160 billion',
        '-US$160 billion',
        'US$286.89 billion',
        'US$1.23 thousand',
        '-US$1.5',
        'US$0',
      ],
    ],
    [
      'fr',
      'short',
      ['160 Md $US', '-160 Md $US', '286,89 Md $US', '1,23 k $US', '-1,5 $US', '0 $US'],
    ],
    [
      'fr',
      'long',
      [
        '160 milliards $US',
        '-160 milliards $US',
        '286,89 milliards $US',
        '1,23 millier $US',
        '-1,5 $US',
        '0 $US',
      ],
    ],
    [
      'de',
      'long',
      [
        '160 Milliarden $',
        '-160 Milliarden $',
        '286,89 Milliarden $',
        '1,23 Tausend $',
        '-1,5 $',
        '0 $',
      ],
    ],
  ] as const)('in %s, %s: US dollars', (locale, style, expected) => {
    expect(
      [160e9, -160e9, 286.89e9, 1234, -1.5, 0].map((v) => format(v, usd, locale, style)),
    ).toEqual(expected);
  });

  it.each(['short', 'long'] as const)(
    'in Chinese, %s: sums in 亿 and 万亿 with the currency’s name, as Chinese papers print them',
    (style) => {
      expect(
        [160e9, -160e9, 286.89e9, 1.5e12, 1234, -1.5, 0].map((v) => format(v, usd, zhHans, style)),
      ).toEqual([
        '1600亿美元',
        '-1600亿美元',
        '2868.9亿美元',
        '1.5万亿美元',
        '1234美元',
        '-1.5美元',
        '0美元',
      ]);
      expect([286.89e9, 1.5e12, 12345, -5].map((v) => format(v, cny, zhHans, style))).toEqual([
        '2868.9亿元',
        '1.5万亿元',
        '1.23万元',
        '-5元',
      ]);
    },
  );

  it('names the yuan as each locale does', () => {
    expect(format(286.89e9, cny)).toBe('CN¥286.89B');
    expect(format(286.89e9, cny, 'en', 'long')).toBe('CN¥286.89 billion');
    expect(format(-5, cny, 'en', 'long')).toBe('-CN¥5');
    expect(format(1234, cny, 'de')).toBe('1234 CN¥');
    expect(format(286.89e9, cny, 'fr', 'long')).toBe('286,89 milliards CNY');
    expect(format(-5, cny, 'de', 'long')).toBe('-5 CN¥');
  });

  it('defaults to English and the short style', () => {
    expect(formatValue(160e9, usd)).toBe('$160B');
    expect(formatValue(160e9, usd, {})).toBe('$160B');
  });

  const SCALE: Readonly<Record<string, number>> = {
    '': 1,
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    万: 1e4,
    亿: 1e8,
    万亿: 1e12,
  };
  // The English long form and the Chinese forms (both styles), each as a pattern of a sign, the
  // digits, a word for the scale and what names the currency.
  const FORMS = [
    {
      locale: 'en',
      currency: 'USD',
      pattern: /^(-?)US\$([\d,]+(?:\.\d{1,2})?)(?: (thousand|million|billion|trillion))?$/,
    },
    {
      locale: zhHans,
      currency: 'USD',
      pattern: /^(-?)([\d,]+(?:\.\d{1,2})?)(万亿|万|亿)?美元$/,
    },
    {
      locale: zhHans,
      currency: 'CNY',
      pattern: /^(-?)([\d,]+(?:\.\d{1,2})?)(万亿|万|亿)?元$/,
    },
  ] as const;
  it('says in words, in English and Chinese, the amount it is given, sign included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e16, max: 1e16, noNaN: true }),
        fc.constantFrom(...FORMS),
        fc.constantFrom('short', 'long'),
        (value, { locale, currency, pattern }, style) => {
          // English words are the long style; Chinese sums read the same in both.
          const text = format(
            value,
            { kind: 'currency', currency },
            locale,
            locale === 'en' ? 'long' : style,
          );
          const match = pattern.exec(text);
          expect(match, text).not.toBeNull();
          const [, sign, digits, word] = match ?? [];
          const scale = SCALE[word ?? ''] ?? Number.NaN;
          expect(sign === '-', text).toBe(value < 0 || Object.is(value, -0));
          expect(
            Math.abs(Number(digits?.replace(/,/g, '')) * scale - Math.abs(value)),
          ).toBeLessThanOrEqual(0.005 * scale * (1 + 1e-9) + Math.abs(value) * 1e-12);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the locale’s own non-breaking space between symbol and number, and none in English', () => {
    // The space is U+00A0 or U+202F as the ICU build has it, never a plain space that a line
    // could break at; Australian English writes "USD", international English "US$".
    const long = (locale: string) => formatValue(-160e9, usd, { locale, style: 'long' });
    expect(long('nl')).toMatch(/^-US\$[\u00a0\u202f]160 miljard$/);
    expect(long('de-CH')).toMatch(/^-\$[\u00a0\u202f]160 Milliarden$/);
    expect(long('en-AU')).toMatch(/^-USD[\u00a0\u202f]160 billion$/);
    expect(long('fr')).toMatch(/^-160 milliards[\u00a0\u202f]\$US$/);
    expect(formatValue(-160e9, cny, { locale: 'de', style: 'long' })).toMatch(
      /^-160 Milliarden[\u00a0\u202f]CN¥$/,
    );
    expect(long('en-US')).toBe('-US$160 billion');
    expect(long('en-GB')).toBe('-US$160 billion');
  });

  it('calls the dollar US$ only for en and en-US, not for a tag that merely ends in en', () => {
    // German transformed from English (RFC 6497) is German: its dollar is "$".
    expect(format(-160e9, usd, 'de-t-en', 'long')).toBe('-160 Milliarden $');
  });

  it('takes only the space between number and symbol, not the direction mark before the number', () => {
    // Arabic's currency pattern starts with U+200F RIGHT-TO-LEFT MARK, ahead of the number.
    expect(format(5, usd, 'ar', 'long')).toBe('5 US$');
  });

  it('puts a space between number and symbol where the locale writes them together', () => {
    // Khmer writes "5.00$"; after a word of scale ("160 ប៊ីលាន") the symbol needs a space.
    expect(format(5, usd, 'km', 'long')).toBe('5 $');
    expect(format(-160e9, usd, 'km', 'long')).toBe('-160 ប៊ីលាន $');
  });

  it('puts the symbol where the locale puts it, after the number in French and German', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), (value) => {
        const negative = value < 0 || Object.is(value, -0);
        const fr = format(value, usd, 'fr', 'long');
        expect(fr.endsWith(' $US'), fr).toBe(true);
        expect(fr.startsWith('-'), fr).toBe(negative);
        const de = format(value, usd, 'de', 'long');
        expect(de.endsWith(' $'), de).toBe(true);
        expect(de.startsWith('-'), de).toBe(negative);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatValue: other units', () => {
  it('gives percent in points, counts and years in words of the locale', () => {
    const count = { kind: 'count', of: 'companies' } as const;
    expect(format(44.5, { kind: 'percent' })).toBe('44.5%');
    expect(format(50, { kind: 'percent' }, 'fr')).toBe('50 %');
    expect(format(600, count)).toBe('600 companies');
    expect(format(12345.678, count)).toBe('12.35K companies');
    expect(format(12345.678, count, 'en', 'long')).toBe('12,345.68 companies');
    // In Chinese a count takes the measure word of what it counts; 个 where none is known.
    expect(format(12345.678, count, zhHans)).toBe('1.23万家');
    expect(format(12345.678, count, zhHans, 'long')).toBe('12,345.68家');
    expect(format(3, { kind: 'count', of: 'documents' }, zhHans)).toBe('3个');
    expect(format(2, { kind: 'years' })).toBe('2 years');
    expect(format(1, { kind: 'years' })).toBe('1 year');
    expect(format(1.5, { kind: 'years' }, 'de')).toBe('1,5 Jahre');
    expect(format(2, { kind: 'years' }, zhHans)).toBe('2年');
    expect(format(44.5, { kind: 'percent' }, zhHans)).toBe('44.5%');
  });

  it('gives a rank as an ordinal in the words’ language, with the locale’s digits', () => {
    const rank = { kind: 'rank', of: 'the country' } as const;
    expect(format(22, rank)).toBe('22nd');
    expect(format(1, rank, zhHans)).toBe('第一');
    expect(format(12, rank, zhHans)).toBe('第12');
    expect(format(1234, rank, 'de')).toBe('1.234th');
    expect(format(2.5, rank)).toBe('2.5th');
  });
});

describe('formatValue: wrong arguments from untyped code', () => {
  const error = optionErrorMessage;

  it.each<[string, () => unknown, string]>([
    ['NaN', () => formatValue(Number.NaN, usd), 'value: got NaN; expected a finite number'],
    [
      'Infinity',
      () => formatValue(-Infinity, usd),
      'value: got -Infinity; expected a finite number',
    ],
    ['a string', () => formatValue('5' as never, usd), 'value: got "5"; expected a finite number'],
    [
      'no unit',
      () => formatValue(1, undefined as never),
      "unit: got undefined; expected a unit object such as { kind: 'percent' }",
    ],
    [
      'a null unit',
      () => formatValue(1, null as never),
      "unit: got null; expected a unit object such as { kind: 'percent' }",
    ],
    [
      'a unit string',
      () => formatValue(1, 'percent' as never),
      `unit: got "percent"; expected a unit object such as { kind: 'percent' }`,
    ],
    [
      'a kind',
      () => formatValue(1, { kind: 'ratio' } as never),
      'unit.kind: got "ratio"; expected one of "percent", "currency", "count", "rank", "years"',
    ],
    [
      'a currency',
      () => formatValue(1, { kind: 'currency', currency: 'EUR' } as never),
      'unit.currency: got "EUR"; expected one of "USD", "CNY"',
    ],
    [
      'a count of nothing',
      () => formatValue(1, { kind: 'count' } as never),
      'unit.of: got undefined; expected a string',
    ],
    [
      'a style',
      () => formatValue(1, usd, { style: 'narrow' as never }),
      'options.style: got "narrow"; expected one of "short", "long"',
    ],
    [
      'an option',
      () => formatValue(1, usd, { styel: 'long' } as never),
      'options.styel: unknown option; the options are "locale", "style"',
    ],
    [
      'a locale that is neither a tag nor a locale module',
      () => formatValue(1, usd, { locale: 5 as never }),
      "options.locale: got 5; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    ],
    [
      'a list of tags',
      () => formatValue(1, usd, { locale: ['zh'] as never }),
      "options.locale: got an array; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    ],
    [
      'options',
      () => formatValue(1, usd, 'long' as never),
      'options: expected an object of options, got string',
    ],
  ])('rejects %s, saying what would be right', (_what, work, message) => {
    expect(error(work)).toBe(message);
  });
});

describe('formatValue in any unit and locale', () => {
  const unitArbitrary: fc.Arbitrary<Unit> = fc.oneof(
    fc.constant({ kind: 'percent' } as const),
    fc.constantFrom('USD', 'CNY').map((currency) => ({ kind: 'currency', currency }) as const),
    fc.string().map((of) => ({ kind: 'count', of }) as const),
    fc.string().map((of) => ({ kind: 'rank', of }) as const),
    fc.constant({ kind: 'years' } as const),
  );
  // Any locale a caller may give but a tag that asks for simplified Chinese, which throws.
  const localeArbitrary = fc.oneof(
    fc.constantFrom('en', zhHans, 'de', 'ar-EG', 'hi-IN', 'zh-TW', 'x', ''),
    fc.string().filter((tag) => !asksForChinese(tag)),
  );

  it('never throws for a finite value in any unit, style and locale, and always says something', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        unitArbitrary,
        fc.constantFrom('short', 'long'),
        localeArbitrary,
        (value, unit, style, locale) => {
          expect(formatValue(value, unit, { style, locale }).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back to en for unknown and malformed locales, as Intl does', () => {
    for (const locale of ['not a locale', '', 'qq-ZZ', '123'])
      expect(formatValue(160e9, usd, { locale, style: 'long' })).toBe(
        formatValue(160e9, usd, { style: 'long' }),
      );
  });

  it('gives a Chinese count its measure word, not the English of what it counts', () => {
    const count = (of: string) => ({ kind: 'count', of }) as const;
    expect(formatValue(22, count('companies'), { locale: zhHans })).toBe('22家');
    expect(formatValue(600, count('headquarters and global R&D centers'), { locale: zhHans })).toBe(
      '600家',
    );
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1 })
          .filter((of) => of.trim() !== '' && !/companies|centers/.test(of)),
        fc.nat(),
        (of, value) => {
          // 个 where the package knows no measure word for what is counted; the long style
          // writes every digit.
          const text = formatValue(value, count(of), { locale: zhHans, style: 'long' });
          expect(text).toMatch(/^\d{1,3}(,\d{3})*个$/);
          expect(Number(text.slice(0, -1).replace(/,/g, ''))).toBe(value);
        },
      ),
    );
  });

  it('gives English ordinals through Intl.PluralRules and Chinese ones with 第', () => {
    const rank = { kind: 'rank', of: 'the country' } as const;
    const en = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => formatValue(n, rank));
    expect(en).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
    // Chinese writes small ranks in Chinese digits (全国第一) and larger ones in Arabic digits.
    expect([1, 3, 9, 12].map((n) => formatValue(n, rank, { locale: zhHans }))).toEqual([
      '第一',
      '第三',
      '第九',
      '第12',
    ]);
  });

  it('throws InvalidOptionError for what is not a finite value, a unit or an option', () => {
    const unit = { kind: 'percent' } as const;
    for (const value of [Number.NaN, Infinity, -Infinity, '5' as unknown as number])
      expect(() => formatValue(value, unit)).toThrow(InvalidOptionError);
    expect(() => formatValue(1, { kind: 'ratio' } as unknown as Unit)).toThrow(
      /unit\.kind: got "ratio"; expected one of "percent"/,
    );
    expect(() => formatValue(1, { kind: 'currency', currency: 'EUR' } as unknown as Unit)).toThrow(
      /"USD", "CNY"/,
    );
    expect(() => formatValue(1, unit, { styel: 'long' } as never)).toThrow(
      /options\.styel: unknown option/,
    );
  });
});
