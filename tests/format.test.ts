import fc from 'fast-check';
import { asksForChinese } from '../src/internal/resolve-locale.js';
import { zhHans } from '../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import {
  article,
  findNotes,
  nameOf,
  toMarkdown,
  toVegaLite,
  toWebAnnotations,
  formatNote,
  formatPolicy,
  formatQuote,
  formatStatistic,
  formatValue,
  getEntity,
  getPolicy,
  getStatistic,
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
  describe.each(['en', 'zh-CN'] as const)('in %s', (language) => {
    const locale = language === 'en' ? 'en' : zhHans;
    it.each(statistics.map((s) => [s.id, s] as const))(
      'renders %s with its comparator, value and unit',
      (_id, statistic) => {
        const text = normalise(formatStatistic(statistic, { locale, label: false, period: false }));
        const word = COMPARATOR_WORDS[language][statistic.comparator];
        expect(text.startsWith(word)).toBe(true);
        const unitMark = {
          percent: '%',
          currency:
            statistic.unit.kind === 'currency'
              ? { en: { USD: '$', CNY: '¥' }, 'zh-CN': { USD: '亿美元', CNY: '亿元' } }[language][
                  statistic.unit.currency
                ]
              : '',
          // Without its label, a Chinese count says what it counts after its measure word (22家企业).
          count:
            statistic.unit.kind === 'count'
              ? language === 'en'
                ? statistic.unit.of
                : `${zhHans.statistics[statistic.id].unitOf?.classifier ?? ''}${zhHans.statistics[statistic.id].unitOf?.text ?? ''}`
              : '',
          rank:
            statistic.unit.kind === 'rank' && statistic.comparator !== 'at-most'
              ? language === 'en'
                ? 'st'
                : '第'
              : '',
          years: language === 'en' ? 'years' : '年',
        }[statistic.unit.kind];
        expect(text).toContain(unitMark);
      },
    );
  });

  it('in Chinese does not repeat in the value what the label says', () => {
    for (const s of statistics.filter((statistic) => statistic.unit.kind === 'count')) {
      const zh = zhHans.statistics[s.id];
      const [label, value] = formatStatistic(s, {
        locale: zhHans,
        period: false,
        attribution: false,
      }).split('：');
      expect(label).toBe(zh?.label.text);
      expect(value).toMatch(/^(超过)?\d+家$/);
      const alone = formatStatistic(s, {
        locale: zhHans,
        label: false,
        period: false,
        attribution: false,
      });
      expect(alone.endsWith(`家${zh?.unitOf?.text ?? '?'}`)).toBe(true);
    }
    expect(
      formatStatistic(getStatistic('big-data-top-500-beijing-companies-2019'), {
        locale: zhHans,
      }),
    ).toBe('入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林');
    expect(
      formatStatistic(getStatistic('service-trade-volume-2019'), { locale: zhHans, label: false }),
    ).toBe('超过1600亿美元（2019年），据吉林');
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
      formatStatistic(first, { locale: zhHans, attribution: name }).endsWith(`，据${name}`),
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
      // In Chinese the frame is Chinese prose and the words stay the translation's, quoted.
      expect(formatQuote(quote, { locale: zhHans, speaker: '吉林' })).toBe(
        quote.mode === 'direct' ? `吉林表示：“${quote.text}”` : `据吉林介绍，“${quote.text}”`,
      );
      expect(formatQuote(quote, { locale: zhHans })).toBe(
        formatQuote(quote, { locale: zhHans, speaker: '吉林' }),
      );
      expect(formatQuote(quote, { locale: zhHans, speaker: false })).toBe(`“${quote.text}”`);
    }
  });
});

describe('Chinese asked for by tag', () => {
  // Chinese comes from its module; a tag that asks for it gets an error naming the import, never
  // English words. Traditional-script tags get English, as documented.
  const SIMPLIFIED = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn'] as const;
  const statistic = getStatistic('service-trade-volume-2019');
  const [quote] = quotes;
  const calls: Record<string, (locale: string) => unknown> = {
    formatValue: (locale) => formatValue(1, { kind: 'percent' }, { locale }),
    formatStatistic: (locale) => formatStatistic(statistic, { locale }),
    formatQuote: (locale) => (quote ? formatQuote(quote, { locale }) : ''),
    formatPolicy: (locale) =>
      formatPolicy(getPolicy('digital-economy-1-plus-3-policy-system'), { locale }),
    formatNote: (locale) => formatNote({ kind: 'inference', text: 'x' }, { locale }),
    nameOf: (locale) => nameOf('jilin', { locale }),
    toMarkdown: (locale) => toMarkdown(article, { locale }),
    toWebAnnotations: (locale) => toWebAnnotations(article, { locale }),
    toVegaLite: (locale) => toVegaLite([statistic], { locale }),
  };
  it.each(Object.keys(calls))('throws from %s, naming the import that gives Chinese', (name) => {
    for (const locale of SIMPLIFIED) {
      expect(() => calls[name]?.(locale), locale).toThrow(InvalidOptionError);
      expect(() => calls[name]?.(locale), locale).toThrow(
        "import { zhHans } from 'beijing-digital-economy/locale/zh-Hans'",
      );
    }
    for (const locale of ['en', 'de', 'zh-TW', 'zh-Hant', 'not a tag'])
      expect(() => calls[name]?.(locale), locale).not.toThrow();
  });
});

describe('formatNote', () => {
  it('gives every note of the article in Chinese, the package’s translation, and the English as it is', () => {
    const CJK = /[\u3400-\u9fff]/;
    for (const { note } of findNotes()) {
      expect(formatNote(note)).toBe(note.text);
      expect(formatNote(note, { locale: 'zh-TW' })).toBe(note.text);
      const zh = formatNote(note, { locale: zhHans });
      expect(zh).not.toBe(note.text);
      expect(CJK.test(zh)).toBe(true);
      expect(zh.endsWith('（英文）')).toBe(false);
    }
  });

  it('gives a note the package has not translated in English, marked as English', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        fc.constantFrom('translation', 'inference', 'inconsistency', 'ambiguity'),
        (text, kind) => {
          expect(formatNote({ kind, text }, { locale: zhHans })).toBe(`${text}（英文）`);
        },
      ),
    );
    expect(() => formatNote(null as never)).toThrow(InvalidOptionError);
    expect(() => formatNote({ kind: 'inference', text: 5 } as never)).toThrow(/note\.text/);
  });
});
