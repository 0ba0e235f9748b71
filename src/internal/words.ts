import type { LocaleWords } from '../types/index.js';

/**
 * How English words sit around a value; a locale module brings its own (`zhHans.words`), so the
 * main entry carries no other language's.
 */
export const ENGLISH_WORDS: Pick<
  LocaleWords,
  'comparators' | 'join' | 'topRank' | 'period' | 'accordingTo' | 'separator'
> = {
  comparators: {
    exactly: '',
    about: 'about',
    'more-than': 'more than',
    'at-least': 'at least',
    'at-most': 'at most',
    'less-than': 'less than',
  },
  join: (word, value) => (word ? `${word} ${value}` : value),
  topRank: (value) => `top ${value}`,
  period: (period) => ` (${period})`,
  accordingTo: (name) => `, according to ${name}`,
  separator: ': ',
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
export const NOTE_KIND_WORDS_ZH: Readonly<Record<string, string>> = {
  translation: '翻译',
  inference: '推断',
  inconsistency: '不一致',
  ambiguity: '歧义',
};
