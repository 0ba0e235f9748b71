import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { formsAreOf, localeFor } from '../../src/internal/locale-for.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const another = { id: 'willow-ford-library-2024-04-23' } as const;

describe('localeFor', () => {
  it('gives the locale itself for the article its forms are of, and nothing for no locale', () => {
    expect(localeFor(zhHans, article)).toBe(zhHans);
    expect(localeFor(undefined, another)).toBeUndefined();
  });

  it("gives another article the locale's words, notes and roles, but no form of an item", () => {
    // A locale not seen before: the views are kept for each locale object.
    const locale = { ...zhHans };
    const view = localeFor(locale, another);
    expect(view.entities).toEqual({});
    expect(view.statistics).toEqual({});
    expect(view.policies).toEqual({});
    expect(view.words).toBe(zhHans.words);
    expect(view.notes).toBe(zhHans.notes);
    expect(view.metadata).toBe(zhHans.metadata);
    expect(view.code).toBe('zh-Hans');
    expect(Object.isFrozen(view)).toBe(true);
  });

  it('makes that view once for each locale', () => {
    const locale = { ...zhHans };
    const view = localeFor(locale, another);
    expect(localeFor(locale, { id: 'a-third-article' })).toBe(view);
    expect(localeFor({ ...zhHans }, another)).not.toBe(view);
  });
});

describe('formsAreOf', () => {
  it("says whether the locale's forms are of the article, by its id", () => {
    expect(formsAreOf(zhHans, article)).toBe(true);
    expect(formsAreOf(zhHans, { id: article.id })).toBe(true);
    expect(formsAreOf(zhHans, another)).toBe(false);
  });
});
