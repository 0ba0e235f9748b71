import fc from 'fast-check';
import { asksForChinese } from '../../src/internal/resolve-locale.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import { formatStatistic, getEntity, getStatistic, statistics } from '../../src/index.js';

/** ICU builds differ in the spaces they put in numbers; compare without them. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const localeArbitrary = fc.oneof(
  fc.constantFrom('en', zhHans, 'de', 'ar-EG', 'hi-IN', 'zh-TW', 'x', ''),
  fc.string().filter((tag) => !asksForChinese(tag)),
);

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
