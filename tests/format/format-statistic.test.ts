// formatStatistic: the exact phrase a reader sees, in English and in Chinese, for every statistic
// of the article, each part turned on and off, and every error message. Chinese comes from the
// locale module (zhHans).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatStatistic,
  getEntity,
  getStatistic,
  type FormatStatisticOptions,
  type StatisticId,
  statistics,
} from '../../src/index.js';
import { asksForChinese } from '../../src/internal/resolve-locale.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { byId } from '../support/by-id.js';
import { optionErrorMessage } from '../support/option-error.js';

const JUST_VALUE = { label: false, period: false, attribution: false } as const;

describe('formatStatistic on the article', () => {
  it.each<[StatisticId, string, string]>([
    [
      'digital-economy-share-of-gdp-2019',
      'Digital economy as a share of GDP: more than 50% (2019), according to Jilin',
      '数字经济占GDP比重：超过50%（2019年），据吉林',
    ],
    [
      'digital-economy-share-of-gdp-national-rank-2019',
      'National rank of the digital economy’s share of GDP: 1st (2019), according to Jilin',
      '数字经济占GDP比重的全国排名：第一（2019年），据吉林',
    ],
    [
      'service-trade-volume-2019',
      'Service trade, total import and export volume: more than $160B (2019), according to Jilin',
      '服务贸易进出口总额：超过1600亿美元（2019年），据吉林',
    ],
    [
      'service-trade-share-of-national-2019',
      'Share of the country’s service trade: about 20% (2019), according to Jilin',
      '占全国服务贸易的比重：约20%（2019年），据吉林',
    ],
    [
      'service-trade-global-rank',
      'Global rank in service trade: top 20, according to Jilin',
      '服务贸易全球排名：前20名，据吉林',
    ],
    [
      'zhongguancun-software-park-headquarters',
      'Headquarters and R&D centres in Zhongguancun Software Park: more than 600 headquarters and global R&D centers, according to Jilin',
      '中关村软件园内的企业总部和研发中心：超过600家，据吉林',
    ],
    [
      'zhongguancun-software-park-output-2019',
      'Total output value of enterprises in Zhongguancun Software Park: CN¥286.89B (2019), according to Jilin',
      '中关村软件园企业总产值：2868.9亿元（2019年），据吉林',
    ],
    [
      'big-data-top-500-beijing-companies-2019',
      'Beijing companies on the 2019 China Top 500 Big Data Companies list: 22 companies (2019), according to Jilin',
      '入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林',
    ],
    [
      'big-data-top-500-national-share-2019',
      'Beijing’s share of the 2019 China Top 500 Big Data Companies list: 44% (2019), according to Jilin',
      '北京企业占“2019中国大数据企业500强”的比重：44%（2019年），据吉林',
    ],
    [
      'big-data-top-500-national-rank-2019',
      'National rank on the 2019 China Top 500 Big Data Companies list: 1st (2019), according to Jilin',
      '“2019中国大数据企业500强”上榜企业数的全国排名：第一（2019年），据吉林',
    ],
    [
      'industrial-enterprises-cloud-platform-access-rate',
      'Cloud and platform access rate of industrial enterprises above designated size: more than 40%, according to Jilin',
      '规模以上工业企业上云上平台率：超过40%，据吉林',
    ],
    [
      'business-environment-national-rank',
      'Rank in the State Council’s assessment of the business environment of major cities: 1st, according to Jilin',
      '国务院全国大城市营商环境评价排名：第一，据吉林',
    ],
    [
      'business-environment-first-place-years',
      'Consecutive years ranked first for business environment: 2 years, according to Jilin',
      '营商环境评价连续排名第一的年数：2年，据吉林',
    ],
  ])('writes %s', (id, english, chinese) => {
    const statistic = getStatistic(id);
    expect(formatStatistic(statistic)).toBe(english);
    expect(formatStatistic(statistic, { locale: zhHans })).toBe(chinese);
    expect(formatStatistic(statistic, { locale: zhHans, style: 'long' })).toBe(chinese);
  });

  it('writes amounts in words in the long style', () => {
    expect(formatStatistic(getStatistic('service-trade-volume-2019'), { style: 'long' })).toBe(
      'Service trade, total import and export volume: more than US$160 billion (2019), according to Jilin',
    );
    expect(
      formatStatistic(getStatistic('zhongguancun-software-park-output-2019'), {
        ...JUST_VALUE,
        style: 'long',
      }),
    ).toBe('CN¥286.89 billion');
  });
});

describe('formatStatistic, part by part', () => {
  const volume = byId(statistics, 'service-trade-volume-2019');
  const both = (options: FormatStatisticOptions) => [
    formatStatistic(volume, options),
    formatStatistic(volume, { ...options, locale: zhHans }),
  ];

  it('leaves out the label, the period or the source when told', () => {
    expect(both({ label: false })).toEqual([
      'more than $160B (2019), according to Jilin',
      '超过1600亿美元（2019年），据吉林',
    ]);
    expect(both({ period: false })).toEqual([
      'Service trade, total import and export volume: more than $160B, according to Jilin',
      '服务贸易进出口总额：超过1600亿美元，据吉林',
    ]);
    expect(both({ attribution: false })).toEqual([
      'Service trade, total import and export volume: more than $160B (2019)',
      '服务贸易进出口总额：超过1600亿美元（2019年）',
    ]);
    expect(both(JUST_VALUE)).toEqual(['more than $160B', '超过1600亿美元']);
    expect(both({ label: true, period: true, attribution: 'the Beijing News' })).toEqual([
      'Service trade, total import and export volume: more than $160B (2019), according to the Beijing News',
      '服务贸易进出口总额：超过1600亿美元（2019年），据the Beijing News',
    ]);
  });

  it('writes a period of a month or a day in words', () => {
    expect(formatStatistic({ ...volume, period: '2020-06' }, { attribution: false })).toBe(
      'Service trade, total import and export volume: more than $160B (June 2020)',
    );
    expect(
      formatStatistic({ ...volume, period: '2020-06-10' }, { ...JUST_VALUE, period: true }),
    ).toBe('more than $160B (June 10, 2020)');
    expect(
      formatStatistic({ ...volume, period: '2020-06' }, { locale: zhHans, attribution: false }),
    ).toBe('服务贸易进出口总额：超过1600亿美元（2020年6月）');
    expect(
      formatStatistic(
        { ...volume, period: '2020-06-10' },
        { ...JUST_VALUE, period: true, locale: zhHans },
      ),
    ).toBe('超过1600亿美元（2020年6月10日）');
  });

  it('has words for every comparator', () => {
    const words = (
      ['exactly', 'about', 'more-than', 'at-least', 'at-most', 'less-than'] as const
    ).map((comparator) => [
      formatStatistic({ ...volume, comparator }, JUST_VALUE),
      formatStatistic({ ...volume, comparator }, { ...JUST_VALUE, locale: zhHans }),
    ]);
    expect(words).toEqual([
      ['$160B', '1600亿美元'],
      ['about $160B', '约1600亿美元'],
      ['more than $160B', '超过1600亿美元'],
      ['at least $160B', '至少1600亿美元'],
      ['at most $160B', '至多1600亿美元'],
      ['less than $160B', '不到1600亿美元'],
    ]);
  });

  it('reads "at most" of a rank as the top, and other ranks as places', () => {
    const rank = getStatistic('service-trade-global-rank');
    expect(formatStatistic({ ...rank, value: 1234.567 }, JUST_VALUE)).toBe('top 1,234.57');
    expect(formatStatistic({ ...rank, value: 3 }, { ...JUST_VALUE, locale: zhHans })).toBe('前3名');
    expect(formatStatistic({ ...rank, comparator: 'about' }, JUST_VALUE)).toBe('about 20th');
    expect(
      formatStatistic({ ...rank, comparator: 'about' }, { ...JUST_VALUE, locale: zhHans }),
    ).toBe('约第20');
    expect(
      formatStatistic(
        { ...volume, unit: { kind: 'count', of: 'firms' }, comparator: 'at-most' },
        JUST_VALUE,
      ),
    ).toBe('at most 160B firms');
  });

  it('gives a Chinese count 个 where the locale knows no measure word for what it counts', () => {
    const headquarters = byId(statistics, 'zhongguancun-software-park-headquarters');
    expect(
      formatStatistic(
        { ...headquarters, unit: { kind: 'count', of: 'offices' } },
        { ...JUST_VALUE, locale: zhHans },
      ),
    ).toBe('超过600个企业总部和全球研发中心');
  });

  it('puts a Chinese count’s measure word after the number, compact unless long', () => {
    const headquarters = getStatistic('zhongguancun-software-park-headquarters');
    const zh = { ...JUST_VALUE, locale: zhHans };
    expect(formatStatistic({ ...headquarters, value: 12345 }, zh)).toBe(
      '超过1.23万家企业总部和全球研发中心',
    );
    expect(formatStatistic({ ...headquarters, value: 12345 }, { ...zh, style: 'long' })).toBe(
      '超过12,345家企业总部和全球研发中心',
    );
    expect(
      formatStatistic({ ...headquarters, value: 12345 }, { ...JUST_VALUE, style: 'long' }),
    ).toBe('more than 12,345 headquarters and global R&D centers');
    // Beside its label, which says what it counts, a Chinese count is its number and measure word.
    expect(formatStatistic({ ...headquarters, value: 12345 }, { locale: zhHans })).toBe(
      '中关村软件园内的企业总部和研发中心：超过1.23万家，据吉林',
    );
  });
});

describe('formatStatistic on input from untyped code', () => {
  const volume = byId(statistics, 'service-trade-volume-2019');
  const message = (statistic: unknown, options?: unknown) =>
    optionErrorMessage(() => formatStatistic(statistic as never, options as never));

  it.each<[unknown, unknown, string]>([
    [volume, 'x', 'options: expected an object of options, got string'],
    [
      volume,
      { foo: 1 },
      'options.foo: unknown option; the options are "locale", "style", "label", "period", "attribution"',
    ],
    [volume, { style: 'medium' }, 'options.style: got "medium"; expected one of "short", "long"'],
    [volume, { label: 'yes' }, 'options.label: got "yes"; expected true or false'],
    [volume, { period: 1 }, 'options.period: got 1; expected true or false'],
    [volume, { attribution: 5 }, 'options.attribution: got 5; expected a string'],
    [volume, { attribution: true }, 'options.attribution: got true; expected a string'],
    [
      volume,
      { attribution: '' },
      'options.attribution: got ""; expected a name to credit, or false for none',
    ],
    [
      volume,
      { attribution: ' \u3000' },
      'options.attribution: got " \u3000"; expected a name to credit, or false for none',
    ],
    [
      volume,
      { locale: 5 },
      "options.locale: got 5; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    ],
    [
      volume,
      { locale: 'zh-CN' },
      `options.locale: "zh-CN" is Chinese: pass zhHans (import { zhHans } from 'beijing-digital-economy/locale/zh-Hans')`,
    ],
    [null, {}, 'statistic: got null; expected a Statistic'],
    ['s', {}, 'statistic: got "s"; expected a Statistic'],
    // The options are checked first, whatever the statistic.
    [null, { label: 1 }, 'options.label: got 1; expected true or false'],
    [
      { ...volume, comparator: 'over' },
      {},
      'statistic.comparator: got "over"; expected one of "exactly", "about", "more-than", "at-least", "at-most", "less-than"',
    ],
    [{ ...volume, value: NaN }, {}, 'statistic.value: got NaN; expected a finite number'],
    [{ ...volume, value: Infinity }, {}, 'statistic.value: got Infinity; expected a finite number'],
    [{ ...volume, value: '5' }, {}, 'statistic.value: got "5"; expected a finite number'],
    [{ ...volume, label: 5 }, {}, 'statistic.label: got 5; expected a string'],
    [{ ...volume, period: 5 }, {}, 'statistic.period: got 5; expected a string'],
    [
      { ...volume, period: '2019-13' },
      {},
      'statistic.period: got "2019-13"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
  ])('rejects %j with %j', (statistic, options, expected) => {
    expect(message(statistic, options)).toBe(expected);
  });

  it('names the statistic when its parts are not of the documented shape', () => {
    expect(message({ ...volume, unit: undefined }, {})).toBe(
      "unit: got undefined; expected a unit object such as { kind: 'percent' }",
    );
    expect(message({ ...volume, source: undefined }, {})).toMatch(
      /^statistic: is not a Statistic \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('takes an empty locale as English, and reads no label or period it is told to leave out', () => {
    expect(formatStatistic(volume, { ...JUST_VALUE, locale: '' })).toBe('more than $160B');
    expect(formatStatistic({ ...volume, period: 5 } as never, { period: false })).toBe(
      'Service trade, total import and export volume: more than $160B, according to Jilin',
    );
  });
});

/** ICU builds differ in the spaces they put in numbers; compare without them. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// Any locale a caller may give but a tag that asks for simplified Chinese without the locale module.
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

describe('formatStatistic on every statistic and locale', () => {
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
