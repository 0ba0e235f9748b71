/** The languages whose words the formatters know; any other locale gets English words. */
export type Language = 'en' | 'zh';

export interface ResolvedLocale {
  /** A BCP 47 tag that `Intl` accepts. */
  readonly tag: string;
  /** The language of the words around the numbers. */
  readonly language: Language;
}

/**
 * Resolves a locale as `Intl` would, never throwing: a malformed tag, or one that `Intl` has no
 * data for, falls back to `en`.
 */
export function resolveLocale(locale: unknown): ResolvedLocale {
  let tag = 'en';
  if (typeof locale === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical !== undefined && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0) tag = canonical;
    } catch {
      tag = 'en';
    }
  }
  return { tag, language: tag.toLowerCase().startsWith('zh') ? 'zh' : 'en' };
}
