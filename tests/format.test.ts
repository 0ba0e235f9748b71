import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQuote,
  formatStatistic,
  formatValue,
  getEntity,
  InvalidOptionError,
  quotes,
  statistics,
  type Unit,
} from '../src/index.js';

/** ICU builds differ in the spaces they put in numbers; compare without them. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const unitArbitrary: fc.Arbitrary<Unit> = fc.oneof(
  fc.constant({ kind: 'percent' } as const),
  fc.constantFrom('USD', 'CNY').map((currency) => ({ kind: 'currency', currency }) as const),
  fc.string().map((of) => ({ kind: 'count', of }) as const),
  fc.string().map((of) => ({ kind: 'rank', of }) as const),
  fc.constant({ kind: 'years' } as const),
);
const localeArbitrary = fc.oneof(
  fc.constantFrom('en', 'zh-CN', 'de', 'ar-EG', 'hi-IN', 'zh-TW', 'x', ''),
  fc.string(),
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
    expect([1, 3, 9, 12].map((n) => formatValue(n, rank, { locale: 'zh-CN' }))).toEqual([
      '第一',
      '第三',
      '第九',
      '第12',
    ]);
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

const COMPARATOR_WORDS = {
  en: {
    exactly: '',
    about: 'about ',
    'more-than': 'more than ',
    'at-least': 'at least ',
    'at-most': 'top ',
    'less-than': 'less than ',
  },
  'zh-CN': {
    exactly: '',
    about: '约',
    'more-than': '超过',
    'at-least': '至少',
    'at-most': '前',
    'less-than': '不到',
  },
} as const;

describe('formatStatistic', () => {
  describe.each(['en', 'zh-CN'] as const)('in %s', (locale) => {
    it.each(statistics.map((s) => [s.id, s] as const))(
      'renders %s with its comparator, value and unit',
      (_id, statistic) => {
        const text = normalise(formatStatistic(statistic, { locale, label: false, period: false }));
        const word = COMPARATOR_WORDS[locale][statistic.comparator];
        expect(text.startsWith(word)).toBe(true);
        const unitMark = {
          percent: '%',
          currency:
            statistic.unit.kind === 'currency' && statistic.unit.currency === 'USD' ? '$' : '¥',
          // In Chinese a count is of the statistic's Chinese unit, after its measure word (22家企业).
          count:
            statistic.unit.kind === 'count'
              ? locale === 'en'
                ? statistic.unit.of
                : `${statistic.translations?.['zh-Hans']?.unitOf?.classifier ?? ''}${statistic.translations?.['zh-Hans']?.unitOf?.text ?? ''}`
              : '',
          rank:
            statistic.unit.kind === 'rank' && statistic.comparator !== 'at-most'
              ? locale === 'en'
                ? 'st'
                : '第'
              : '',
          years: locale === 'en' ? 'years' : '年',
        }[statistic.unit.kind];
        expect(text).toContain(unitMark);
      },
    );
  });

  it('adds the label, the period and the attribution where asked', () => {
    const [first] = statistics;
    if (!first) throw new Error('no statistics');
    const name = getEntity(first.source.attributedTo).name;
    const text = formatStatistic(first, { attribution: name });
    expect(text.startsWith(`${first.label}: `)).toBe(true);
    expect(text).toContain(`(${first.period})`);
    expect(text.endsWith(`, according to ${name}`)).toBe(true);
    expect(
      formatStatistic(first, { locale: 'zh-CN', attribution: name }).endsWith(`，据${name}`),
    ).toBe(true);
    expect(formatStatistic(first, { label: false, period: false })).not.toContain(first.label);
  });

  it('never throws for any statistic of the article in any locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statistics),
        localeArbitrary,
        fc.constantFrom('short', 'long'),
        (s, locale, style) => {
          expect(typeof formatStatistic(s, { locale, style })).toBe('string');
        },
      ),
    );
  });
});

describe('formatQuote', () => {
  it('puts direct quotations in quotation marks and reports indirect ones', () => {
    for (const quote of quotes) {
      const text = formatQuote(quote, { speaker: 'Jilin' });
      if (quote.mode === 'direct') expect(text).toBe(`“${quote.text}” — Jilin`);
      else expect(text).toBe(`According to Jilin: ${quote.text}`);
      expect(formatQuote(quote, { locale: 'zh-CN', speaker: '吉林' })).toContain(quote.text);
    }
  });
});
