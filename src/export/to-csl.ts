import { publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
import { guard } from '../internal/guard.js';
import type { Article, ArticleIds } from '../types/index.js';

/**
 * A CSL-JSON name: family and given name given explicitly.
 *
 * @example
 * ```ts
 * import { article, toCSL, type CslName } from 'beijing-digital-economy';
 *
 * const [author]: readonly CslName[] = toCSL(article).author;
 * author?.family;
 * //=> 'Huang'
 * ```
 * @category Export
 */
export interface CslName {
  readonly family: string;
  readonly given: string;
}

/**
 * The CSL-JSON item that {@link toCSL} returns.
 *
 * @example
 * ```ts
 * import { article, toCSL, type CslItem } from 'beijing-digital-economy';
 *
 * const item: CslItem = toCSL(article);
 * item.issued['date-parts'][0];
 * //=> [2020, 9, 5]
 * ```
 * @category Export
 */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper';
  readonly title: string;
  readonly 'container-title': string;
  /** The publisher's section, where the data does not deny that the label is one. */
  readonly section?: string;
  readonly author: readonly CslName[];
  readonly issued: { readonly 'date-parts': readonly [readonly [number, number, number]] };
  readonly language: string;
  readonly note: string;
}

/** Chinese names put the family name first: "Huang Xinyu" is family Huang, given Xinyu. */
export function chineseName(name: string): CslName {
  const [family = name, ...given] = name.trim().split(/\s+/);
  return { family, given: given.join(' ') };
}

/**
 * The article as a CSL-JSON item (`article-newspaper`) for citation managers and CSL processors
 * such as citeproc-js: headline as title, the publisher as container title, the reporters as
 * authors with explicit family and given names (Chinese order: "Huang Xinyu" is family "Huang"),
 * and the publication date as `date-parts`. The desk editor and proofreader are not bibliographic
 * editors, so they are left out; the note says the date is inferred, where it is.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns The CSL-JSON item; wrap it in an array for tools that want a list.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code); check such data
 *   with `parseArticle` first.
 * @example
 * ```ts
 * import { article, toCSL } from 'beijing-digital-economy';
 *
 * toCSL(article).author;
 * //=> [{ family: 'Huang', given: 'Xinyu' }]
 * ```
 * @category Export
 */
export function toCSL(article: Article<ArticleIds>): CslItem {
  return guard('article', 'an Article', () => {
    const { metadata } = article;
    const [year = 0, month = 0, day = 0] = metadata.datePublished.value.split('-').map(Number);
    const reporters = metadata.contributors.filter((c) => c.role === 'reporter');
    return {
      id: article.id,
      type: 'article-newspaper',
      title: metadata.headline,
      'container-title': entityName(article, metadata.publisher),
      ...optional('section', publisherSection(article)),
      author: reporters.map((c) => chineseName(entityName(article, c.entity))),
      issued: { 'date-parts': [[year, month, day]] },
      language: metadata.language,
      note: `Translated from Chinese.${metadata.datePublished.inferred ? ` Date inferred: ${metadata.datePublished.basis}` : ''}`,
    };
  });
}
