// A valid article `copies` times the size of the package's own: its text repeated (joined by a
// blank line), every paragraph and item repeated with ids suffixed (`jilin-c2`) and anchors moved
// by the copy's offset, the metadata once. What `parseArticle` costs on it, for 1, 10 and 100
// copies, shows whether the checks are linear in their input.
import type { Article, ArticleIds } from '../../src/types/index.js';

/** The keys whose string values are ids of the article, or lists of them. */
const ID_KEYS = new Set([
  'id',
  'paragraphId',
  'subject',
  'attributedTo',
  'speaker',
  'venue',
  'about',
  'issuedBy',
]);

/** `value` with every id suffixed and every offset moved, for copy `copy` of the items. */
function shifted(value: unknown, suffix: string, offset: number, indexOffset: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shifted(v, suffix, offset, indexOffset));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (ID_KEYS.has(key))
        return [
          key,
          Array.isArray(child)
            ? child.map((id) => `${String(id)}${suffix}`)
            : `${String(child)}${suffix}`,
        ];
      if ((key === 'start' || key === 'end') && typeof child === 'number')
        return [key, child + offset];
      if (key === 'index' && typeof child === 'number') return [key, child + indexOffset];
      // Not ids of the article: the Chinese forms, and an entity's Wikidata item (Q956) and its page.
      if (key === 'translations' || key === 'wikidata') return [key, child];
      return [key, shifted(child, suffix, offset, indexOffset)];
    }),
  );
}

type Items = Pick<
  Article<ArticleIds>,
  'paragraphs' | 'statistics' | 'quotes' | 'policies' | 'entities'
>;

/** The article `copies` times over, as plain JSON-ready data. */
export function syntheticArticle(
  article: Article<ArticleIds>,
  copies: number,
): Article<ArticleIds> {
  const separator = '\n\n';
  const step = article.text.length + separator.length;
  const { paragraphs, statistics, quotes, policies, entities } = article;
  const items: Items = { paragraphs, statistics, quotes, policies, entities };
  const parts = Array.from({ length: copies }, (_, copy) =>
    copy === 0
      ? items
      : (shifted(items, `-c${copy}`, copy * step, copy * paragraphs.length) as Items),
  );
  return {
    ...article,
    text: Array.from({ length: copies }, () => article.text).join(separator),
    paragraphs: parts.flatMap((part) => part.paragraphs),
    statistics: parts.flatMap((part) => part.statistics),
    quotes: parts.flatMap((part) => part.quotes),
    policies: parts.flatMap((part) => part.policies),
    entities: parts.flatMap((part) => part.entities),
  };
}
