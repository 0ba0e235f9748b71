import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/index.js';
import { asksForChinese, resolveLocale } from '../../src/internal/resolve-locale.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const IMPORT = "import { zhHans } from 'beijing-digital-economy/locale/zh-Hans'";

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en-GB'],
    ['EN-gb', 'en-GB'],
    ['de', 'de'],
    ['fr-CA', 'fr-CA'],
    ['yue', 'yue'],
    // A tag that only names Chinese as the language translated from is not a Chinese tag.
    ['en-t-zh-hans', 'en-t-zh-hans'],
    ['DE-t-ZH', 'de-t-zh'],
  ])('resolves %j to the tag %j, with English words', (locale, tag) => {
    expect(resolveLocale(locale)).toEqual({ tag });
    expect(asksForChinese(locale)).toBe(false);
  });

  it('takes the Chinese words and forms from the locale module', () => {
    const resolved = resolveLocale(zhHans);
    expect(resolved.tag).toBe('zh-Hans');
    expect(resolved.forms).toBe(zhHans);
  });

  it.each(['zh', 'zh-CN', 'ZH-cn', 'zh-SG', 'zh-Hans', 'zh-Hans-HK'])(
    'refuses %j, Chinese in simplified characters asked for by tag, naming the import',
    (locale) => {
      expect(() => resolveLocale(locale)).toThrow(InvalidOptionError);
      expect(() => resolveLocale(locale)).toThrow(
        `options.locale: ${JSON.stringify(locale)} is Chinese: pass zhHans (${IMPORT})`,
      );
      expect(asksForChinese(locale)).toBe(true);
    },
  );

  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'ZH-hant', 'zh-Latn'])(
    'gives %j, Chinese not in simplified characters, the English output whole',
    (locale) => {
      expect(resolveLocale(locale)).toEqual({ tag: 'en' });
      expect(asksForChinese(locale)).toBe(false);
    },
  );

  it.each<unknown>([undefined, '', 'not a locale', 'x', 'qq-ZZ', '123', 'en_US'])(
    'falls back to en for %j, no locale or a tag Intl cannot use',
    (locale) => {
      expect(resolveLocale(locale)).toEqual({ tag: 'en' });
    },
  );

  it('gives a tag Intl accepts, or refuses one that asks for simplified Chinese; never Chinese words', () => {
    fc.assert(
      fc.property(fc.string(), (locale) => {
        if (asksForChinese(locale)) {
          expect(() => resolveLocale(locale)).toThrow(IMPORT);
          return;
        }
        const { tag, forms } = resolveLocale(locale);
        expect(forms).toBeUndefined();
        expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
        expect(tag.toLowerCase().startsWith('zh')).toBe(false);
      }),
    );
  });
});

describe('resolveLocale on input from untyped code', () => {
  it.each<[unknown, string]>([
    [null, 'null'],
    [1, '1'],
    [{}, 'an object'],
    [['zh'], 'an array'],
  ])('refuses %j, which is neither a tag nor a locale module', (locale, got) => {
    expect(() => resolveLocale(locale)).toThrow(
      `options.locale: got ${got}; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'`,
    );
  });
});
