import type { Language } from './resolve-locale.js';

const ENGLISH_SUFFIXES: Readonly<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

/** An ordinal in words of the language: "1st", "22nd" through `Intl.PluralRules`; "第1" in Chinese. */
export function ordinal(formatted: string, value: number, language: Language): string {
  if (language === 'zh') return `第${formatted}`;
  return `${formatted}${ENGLISH_SUFFIXES[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)]}`;
}
