import type { Language } from './resolve-locale.js';

const ENGLISH_SUFFIXES: Readonly<Record<Intl.LDMLPluralRule, string>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
  zero: 'th',
  many: 'th',
};

/**
 * An ordinal in words of the language: "1st", "22nd" through `Intl.PluralRules`; in Chinese
 * "第一" … "第九" with Chinese digits (`Intl`'s `hanidec` numbering), "第12" beyond, as Chinese
 * writing does.
 */
export function ordinal(formatted: string, value: number, language: Language): string {
  if (language === 'zh') {
    const small = Number.isInteger(value) && value >= 1 && value <= 9;
    return `第${small ? new Intl.NumberFormat('zh-CN-u-nu-hanidec').format(value) : formatted}`;
  }
  return `${formatted}${ENGLISH_SUFFIXES[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)]}`;
}
