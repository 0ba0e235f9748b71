import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../src/internal/resolve-locale.js';

describe('resolveLocale', () => {
  it.each([
    ['zh', { tag: 'zh', language: 'zh' }],
    ['zh-CN', { tag: 'zh-CN', language: 'zh' }],
    ['ZH-cn', { tag: 'zh-CN', language: 'zh' }],
    ['zh-SG', { tag: 'zh-SG', language: 'zh' }],
    ['zh-Hans', { tag: 'zh-Hans', language: 'zh' }],
    ['zh-Hans-HK', { tag: 'zh-Hans-HK', language: 'zh' }],
    ['en', { tag: 'en', language: 'en' }],
    ['en-GB', { tag: 'en-GB', language: 'en' }],
    ['de', { tag: 'de', language: 'en' }],
    ['fr-CA', { tag: 'fr-CA', language: 'en' }],
  ])('resolves %j to %j', (locale, resolved) => {
    expect(resolveLocale(locale)).toEqual(resolved);
  });

  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'ZH-hant'])(
    'gives %j, Chinese in traditional characters, the English output whole',
    (locale) => {
      expect(resolveLocale(locale)).toEqual({ tag: 'en', language: 'en' });
    },
  );

  it.each<unknown>([
    undefined,
    null,
    1,
    {},
    ['zh'],
    '',
    'not a locale',
    'x',
    'qq-ZZ',
    '123',
    'en_US',
  ])('falls back to en for %j', (locale) => {
    expect(resolveLocale(locale)).toEqual({ tag: 'en', language: 'en' });
  });

  it('never throws, and gives Chinese words only to a zh tag', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (locale) => {
        const { tag, language } = resolveLocale(locale);
        expect(language === 'zh').toBe(tag.toLowerCase().startsWith('zh'));
        expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
      }),
    );
  });
});
