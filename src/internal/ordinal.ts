const ENGLISH_SUFFIXES: Readonly<Record<Intl.LDMLPluralRule, string>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
  zero: 'th',
  many: 'th',
};

/**
 * An English ordinal through `Intl.PluralRules`: "1st", "22nd". The suffix belongs to the words'
 * language, not the number's; a locale module gives its own (`zhHans.words.ordinal`: 第一).
 */
export function ordinal(formatted: string, value: number): string {
  return `${formatted}${ENGLISH_SUFFIXES[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)]}`;
}
