import { ZH_HANS_FORMS } from '../generated/zh-hans.js';
import { own } from '../internal/own.js';
import type { LocaleWords } from '../types/index.js';

/** What Chinese papers write after a sum counted in 万, 亿 or 万亿: 1600亿美元, 2868.9亿元. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = { USD: '美元', CNY: '元' };

/**
 * How Chinese words sit around the numbers, as a Chinese paper prints them: sums in 万, 亿 and 万亿
 * with the currency's name (Intl's compact notation gives the number), counts with their measure
 * word, ranks 1–9 in Chinese digits (第一) and larger ones in Arabic digits (第12).
 */
export const ZH_HANS_WORDS: LocaleWords = {
  money: (value, currency) =>
    `${new Intl.NumberFormat('zh-Hans', {
      notation: 'compact',
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    }).format(
      value,
    )}${Object.hasOwn(CURRENCY_NAMES, currency) ? CURRENCY_NAMES[currency] : currency}`,
  // 个 where the locale knows no measure word for what is counted.
  count: (number, of) => `${number}${own(ZH_HANS_FORMS.measureWords, of) ?? '个'}`,
  ordinal: (number, value) =>
    `第${Number.isInteger(value) && value >= 1 && value <= 9 ? new Intl.NumberFormat('zh-Hans-u-nu-hanidec').format(value) : number}`,
  comparators: {
    exactly: '',
    about: '约',
    'more-than': '超过',
    'at-least': '至少',
    'at-most': '至多',
    'less-than': '不到',
  },
  join: (word, value) => `${word}${value}`,
  topRank: (value) => `前${value}名`,
  period: (period) => `（${period}）`,
  accordingTo: (name) => `，据${name}`,
  separator: '：',
};
