import fc from 'fast-check';
import { asksForChinese } from '../../src/internal/resolve-locale.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import { formatValue, InvalidOptionError, type Unit } from '../../src/index.js';

/** ICU builds differ in the spaces they put in numbers; compare without them. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const unitArbitrary: fc.Arbitrary<Unit> = fc.oneof(
  fc.constant({ kind: 'percent' } as const),
  fc.constantFrom('USD', 'CNY').map((currency) => ({ kind: 'currency', currency }) as const),
  fc.string().map((of) => ({ kind: 'count', of }) as const),
  fc.string().map((of) => ({ kind: 'rank', of }) as const),
  fc.constant({ kind: 'years' } as const),
);
// Any locale a caller may give but a tag that asks for simplified Chinese, which throws (below).

const localeArbitrary = fc.oneof(
  fc.constantFrom('en', zhHans, 'de', 'ar-EG', 'hi-IN', 'zh-TW', 'x', ''),
  fc.string().filter((tag) => !asksForChinese(tag)),
);

describe('formatValue', () => {
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

  it('formats short money as Intl’s compact currency', () => {
    for (const [locale, currency, value] of [
      ['en', 'USD', 160e9],
      ['de', 'CNY', 1234],
      ['fr', 'USD', 160e9],
    ] as const) {
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 2,
        minimumFractionDigits: 0,
      });
      expect(formatValue(value, { kind: 'currency', currency }, { locale })).toBe(
        intl.format(value),
      );
    }
  });

  it('gives the documented forms: "$160B", "US$160 billion", "1600亿美元", "2868.9亿元"', () => {
    const usd = { kind: 'currency', currency: 'USD' } as const;
    const cny = { kind: 'currency', currency: 'CNY' } as const;
    expect(normalise(formatValue(160e9, usd))).toBe('$160B');
    expect(normalise(formatValue(160e9, usd, { style: 'long' }))).toBe('US$160 billion');
    expect(normalise(formatValue(286.89e9, cny, { style: 'long' }))).toBe('CN¥286.89 billion');
    // Chinese papers print sums in 亿 and 万亿 with the currency's name, in either style.
    for (const style of ['short', 'long'] as const) {
      expect(formatValue(160e9, usd, { locale: zhHans, style })).toBe('1600亿美元');
      expect(formatValue(286.89e9, cny, { locale: zhHans, style })).toBe('2868.9亿元');
      expect(formatValue(1.5e12, usd, { locale: zhHans, style })).toBe('1.5万亿美元');
    }
  });

  it('gives Chinese sums as Intl’s zh compact number and the currency’s Chinese name, never a sign', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e16, max: 1e16, noNaN: true }),
        fc.constantFrom('USD', 'CNY'),
        fc.constantFrom('short', 'long'),
        (value, currency, style) => {
          const locale = zhHans;
          const number = new Intl.NumberFormat('zh-CN', {
            notation: 'compact',
            maximumFractionDigits: 2,
            minimumFractionDigits: 0,
          }).format(value);
          const text = formatValue(value, { kind: 'currency', currency }, { locale, style });
          expect(text).toBe(`${number}${currency === 'USD' ? '美元' : '元'}`);
          expect(text).not.toMatch(/[$¥]|US|CN/);
        },
      ),
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
          // 个 where the package knows no measure word for what is counted.
          expect(formatValue(value, count(of), { locale: zhHans, style: 'long' })).toBe(
            `${new Intl.NumberFormat('zh-CN').format(value)}个`,
          );
        },
      ),
    );
  });

  it('builds the long form from Intl’s own long compact number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.constantFrom('en', 'fr'),
        (value, locale) => {
          const number = new Intl.NumberFormat(locale, {
            notation: 'compact',
            compactDisplay: 'long',
            maximumFractionDigits: 2,
            minimumFractionDigits: 0,
          })
            .formatToParts(value)
            .filter((part) => part.type !== 'minusSign')
            .map((part) => part.value)
            .join('');
          expect(
            formatValue(value, { kind: 'currency', currency: 'USD' }, { locale, style: 'long' }),
          ).toContain(number);
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

  it('formats percent in points and years with Intl’s unit', () => {
    expect(formatValue(44, { kind: 'percent' })).toBe(
      new Intl.NumberFormat('en', { style: 'percent' }).format(0.44),
    );
    expect(formatValue(2, { kind: 'years' }, { locale: zhHans })).toBe(
      new Intl.NumberFormat('zh-CN', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(
        2,
      ),
    );
  });

  it('falls back to en for unknown and malformed locales, as Intl does', () => {
    const unit = { kind: 'currency', currency: 'USD' } as const;
    for (const locale of ['not a locale', '', 'qq-ZZ', '123'])
      expect(formatValue(160e9, unit, { locale, style: 'long' })).toBe(
        formatValue(160e9, unit, { style: 'long' }),
      );
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
