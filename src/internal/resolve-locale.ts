import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { describeValue } from './describe-value.js';
import type { ArticleIds, Locale } from '../types/index.js';

export interface ResolvedLocale {
  /** A BCP 47 tag that `Intl` accepts. */
  readonly tag: string;
  /** The locale module the words and names come from (`zhHans`); English words when absent. */
  readonly forms?: Locale<ArticleIds>;
}

/** A tag as `Intl` canonicalises it, or `en` when it is malformed or `Intl` has no data for it. */
function canonical(locale: unknown): string {
  try {
    const [tag] = Intl.getCanonicalLocales(locale as string);
    if (tag && Intl.NumberFormat.supportedLocalesOf(tag)[0]) return tag;
  } catch {
    // Not a tag, or a malformed one: English.
  }
  return 'en';
}

/** The script of a Chinese tag (`Hans` for `zh-CN`, `Hant` for `zh-TW`); none for another language. */
const chineseScript = (tag: string) =>
  /^zh\b/i.test(tag) ? new Intl.Locale(tag).maximize().script : undefined;

/**
 * Whether a tag asks for Chinese in simplified characters (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`); one
 * in traditional characters (`zh-TW`, `zh-HK`, `zh-Hant`) does not.
 */
export const asksForChinese = (locale: string): boolean =>
  chineseScript(canonical(locale)) === 'Hans';

/** Whether a value is a locale module's object (`zhHans`): the only objects with `notes` a locale option is given. */
const isLocale = (locale: unknown): locale is Locale<ArticleIds> =>
  Object(locale) === locale && 'notes' in (locale as object);

/**
 * Resolves a locale: a BCP 47 tag, as `Intl` would, or a locale module's object (`zhHans`);
 * anything else throws, naming both. A tag gets English words: a malformed tag, or one that `Intl`
 * has no data for, falls back to `en`, and
 * Chinese in traditional characters gets the English output whole (the package has no attested
 * traditional forms). Chinese in simplified characters comes only from its module: a tag that asks
 * for it throws an error that names the import, so that nobody gets English words where they
 * asked for Chinese.
 */
export function resolveLocale(locale: unknown): ResolvedLocale {
  if (isLocale(locale)) return { tag: locale.code, forms: locale };
  // Anything but a tag (a number, null, an array) is refused rather than read as English.
  if (locale !== undefined && typeof locale !== 'string')
    throw new InvalidOptionError(
      'options.locale',
      `got ${describeValue(locale)}; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'`,
    );
  const tag = canonical(locale);
  const script = chineseScript(tag);
  if (script === 'Hans')
    throw new InvalidOptionError(
      'options.locale',
      `${JSON.stringify(locale)} is Chinese: pass zhHans (import { zhHans } from 'beijing-digital-economy/locale/zh-Hans')`,
    );
  return { tag: script === undefined ? tag : 'en' };
}
