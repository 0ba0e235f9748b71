import type { Article, ArticleIds } from '../types/index.js';
import { entityName } from '../model/names.js';
import { zhHans } from './chinese.js';
import type { Language } from './resolve-locale.js';

/** "Huang Xinyu (reporter), Wang Jinyu (editor), …"; in Chinese, as a Chinese credits line: "记者 Huang Xinyu 编辑 …". */
export function byline(
  article: Article<ArticleIds>,
  localeTag = 'en',
  language: Language = 'en',
): string {
  if (language === 'zh') {
    const roles = zhHans(article.metadata)?.roles ?? {};
    return article.metadata.contributors
      .map((c) => `${roles[c.role]?.text ?? c.role} ${entityName(article, c.entity, 'zh')}`)
      .join(' ');
  }
  const people = article.metadata.contributors.map(
    (c) => `${entityName(article, c.entity)} (${c.role})`,
  );
  return new Intl.ListFormat(localeTag, { type: 'unit' }).format(people);
}

/**
 * The section of the publisher the article is filed under, or `undefined` where the data's own
 * note on `metadata.section` says the label is something else (the built-in article's "World News"
 * is the republishing site's label, not a Beijing News section): a view never states what a note
 * denies.
 */
export function publisherSection(
  article: Article<ArticleIds>,
  language: Language = 'en',
): string | undefined {
  if ((article.metadata.fieldNotes?.section ?? []).length > 0) return undefined;
  return (
    (language === 'zh' ? zhHans(article.metadata)?.section.text : undefined) ??
    article.metadata.section
  );
}

/** The paragraphs that are the article itself: lead and body, not the site's labels and forms. */
export function articleBody(article: Article<ArticleIds>): Article<ArticleIds>['paragraphs'] {
  return article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body');
}
