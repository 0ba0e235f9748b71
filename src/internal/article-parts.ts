import type { Article, ArticleIds, Locale } from '../types/index.js';
import { entityName } from '../model/names.js';
import { formsAreOf } from './locale-for.js';
import { own } from './own.js';

/** "Huang Xinyu (reporter), Wang Jinyu (editor), …"; in Chinese, as a Chinese credits line: "记者 Huang Xinyu（拼音） 编辑 …". */
export function byline(
  article: Article<ArticleIds>,
  localeTag = 'en',
  forms?: Locale<ArticleIds>,
): string {
  if (forms !== undefined)
    return article.metadata.contributors
      .map(
        (c) =>
          `${own(forms.metadata.roles, c.role)?.text ?? c.role} ${entityName(article, c.entity, forms)}`,
      )
      .join(' ');
  const people = article.metadata.contributors.map(
    (c) => `${entityName(article, c.entity)} (${c.role})`,
  );
  return new Intl.ListFormat(localeTag, { type: 'unit' }).format(people);
}

/**
 * The section of the publisher the article is filed under, or `undefined` where the data's own
 * note on `metadata.section` says the label is something else (the built-in article's "World News"
 * is the republishing site's label, not a Beijing News section): a view never states what a note
 * denies. In the locale's words where it has them.
 */
export function publisherSection(
  article: Article<ArticleIds>,
  forms?: Locale<ArticleIds>,
): string | undefined {
  if ((article.metadata.fieldNotes?.section ?? []).length > 0) return undefined;
  // The section's form is of the built-in article's section, not of another article's.
  return forms !== undefined && formsAreOf(forms, article)
    ? forms.metadata.section.text
    : article.metadata.section;
}

/** The paragraphs that are the article itself: lead and body, not the site's labels and forms. */
export function articleBody(article: Article<ArticleIds>): Article<ArticleIds>['paragraphs'] {
  return article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body');
}
