import { articleBody, byline, publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import type { Article, ArticleIds } from '../types/index.js';

/** One line of plain text: a line break inside the data would split a paragraph. */
const sectionOf = (article: Article<ArticleIds>) => {
  const section = publisherSection(article);
  return section === undefined ? [] : [line(section)];
};

const line = (text: string) => String(text).replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ');

/**
 * The article as plain text: headline, a line with publisher, section (where it is the
 * publisher's), byline and date, then the
 * article's paragraphs separated by blank lines (without the site's labels and comment form).
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns The text, ending in a newline.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code); check such data
 *   with `parseArticle` first.
 * @example
 * ```ts
 * import { article, toPlainText } from 'beijing-digital-economy';
 *
 * toPlainText(article).split('\n')[1];
 * //=> 'Beijing News · By Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader) · September 5, 2020'
 * ```
 * @category Export
 */
export function toPlainText(article: Article<ArticleIds>): string {
  return guard('article', 'an Article', () => {
    const { metadata } = article;
    const header = [
      line(metadata.headline),
      [
        line(entityName(article, metadata.publisher)),
        ...sectionOf(article),
        `By ${line(byline(article))}`,
        formatPeriod(metadata.datePublished.value, 'en'),
      ].join(' · '),
    ];
    return `${[header.join('\n'), ...articleBody(article).map((p) => line(p.text))].join('\n\n')}\n`;
  });
}
