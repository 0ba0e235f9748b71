/** The languages whose words the formatters know; any other locale gets English words. */
export type Language = 'en' | 'zh';

export interface ResolvedLocale {
  /** A BCP 47 tag that `Intl` accepts. */
  readonly tag: string;
  /** The language of the words around the numbers: `zh` is Chinese in simplified characters. */
  readonly language: Language;
}

/** Whether a Chinese tag is written in traditional characters (`zh-TW`, `zh-HK`, `zh-Hant`). */
function isTraditional(tag: string): boolean {
  try {
    return new Intl.Locale(tag).maximize().script === 'Hant';
  } catch {
    return false;
  }
}

/**
 * Resolves a locale as `Intl` would, never throwing: a malformed tag, or one that `Intl` has no
 * data for, falls back to `en`. Chinese in simplified characters (`zh`, `zh-CN`, `zh-SG`,
 * `zh-Hans`) gets Chinese words; Chinese in traditional characters gets the English output whole,
 * since the package has no attested traditional forms and converting character by character is
 * not reliable (a Traditional text with simplified names, or English words around Chinese dates,
 * would read worse than English).
 */
export function resolveLocale(locale: unknown): ResolvedLocale {
  let tag = 'en';
  if (typeof locale === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical !== undefined && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0)
        tag = canonical;
    } catch {
      tag = 'en';
    }
  }
  if (!tag.toLowerCase().startsWith('zh')) return { tag, language: 'en' };
  return isTraditional(tag) ? { tag: 'en', language: 'en' } : { tag, language: 'zh' };
}
