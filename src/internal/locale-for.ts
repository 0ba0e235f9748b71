import type { ArticleIds, Locale } from '../types/index.js';

const scoped = new WeakMap<Locale<ArticleIds>, Locale<ArticleIds>>();

/**
 * The locale as a view of `article` may use it. The forms of items are keyed by the ids of the
 * article they are of (`forms.article`, the built-in one); another article, even one whose ids
 * coincide, gets the locale's words, its notes (keyed by their English text) and its contributor
 * roles (keyed by the English role), but no form of an item: its entities keep their own names,
 * its figures their own labels, and its section its own label.
 */
export function localeFor(
  forms: Locale<ArticleIds>,
  article: { readonly id: string },
): Locale<ArticleIds>;
export function localeFor(
  forms: Locale<ArticleIds> | undefined,
  article: { readonly id: string },
): Locale<ArticleIds> | undefined;
export function localeFor(
  forms: Locale<ArticleIds> | undefined,
  article: { readonly id: string },
): Locale<ArticleIds> | undefined {
  if (forms === undefined || forms.article === article.id) return forms;
  let other = scoped.get(forms);
  if (other === undefined) {
    other = Object.freeze({ ...forms, entities: {}, statistics: {}, policies: {} });
    scoped.set(forms, other);
  }
  return other;
}

/** Whether the locale's forms are of `article`'s items. */
export const formsAreOf = (forms: Locale<ArticleIds>, article: { readonly id: string }): boolean =>
  forms.article === article.id;
