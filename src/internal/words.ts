import type { Comparator } from '../types/index.js';
import type { Language } from './resolve-locale.js';

/** Words for the comparators, by language; `exactly` needs none. */
export const COMPARATOR_WORDS: Readonly<Record<Language, Readonly<Record<Comparator, string>>>> = {
  en: {
    exactly: '',
    about: 'about',
    'more-than': 'more than',
    'at-least': 'at least',
    'at-most': 'at most',
    'less-than': 'less than',
  },
  zh: {
    exactly: '',
    about: '约',
    'more-than': '超过',
    'at-least': '至少',
    'at-most': '至多',
    'less-than': '不到',
  },
};

/** How the words of a language sit around a value. */
export const PHRASING: Readonly<
  Record<
    Language,
    {
      readonly join: (word: string, value: string) => string;
      readonly topRank: (value: string) => string;
      readonly period: (period: string) => string;
      readonly accordingTo: (name: string) => string;
      readonly separator: string;
    }
  >
> = {
  en: {
    join: (word, value) => (word ? `${word} ${value}` : value),
    topRank: (value) => `top ${value}`,
    period: (period) => ` (${period})`,
    accordingTo: (name) => `, according to ${name}`,
    separator: ': ',
  },
  zh: {
    join: (word, value) => `${word}${value}`,
    topRank: (value) => `前${value}名`,
    period: (period) => `（${period}）`,
    accordingTo: (name) => `，据${name}`,
    separator: '：',
  },
};

/** Chinese words for what an entity is. */
export const ENTITY_KIND_WORDS_ZH: Readonly<Record<string, string>> = {
  person: '人物',
  organization: '机构',
  company: '企业',
  place: '地点',
  event: '活动',
  publication: '出版物',
};

/** Chinese words for the kinds of note. */
/** The kinds of item a note can be on, in Chinese (the `notes` command). */
export const NOTE_ITEM_KIND_WORDS_ZH: Readonly<Record<string, string>> = {
  metadata: '元数据',
  paragraph: '段落',
  entity: '实体',
  statistic: '数据',
  quote: '引语',
  policy: '政策',
};

export const NOTE_KIND_WORDS_ZH: Readonly<Record<string, string>> = {
  translation: '翻译',
  inference: '推断',
  inconsistency: '不一致',
  ambiguity: '歧义',
};
