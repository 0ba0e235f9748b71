import { articleBody } from '../internal/article-parts.js';
import type { ItemNote } from '../query/find-notes.js';
import type { Article, ArticleIds } from '../types/index.js';

type AnyNote = ItemNote<ArticleIds>;

/**
 * The node id that `toJSONLD` gives the item a note belongs to. Metadata, and the paragraphs that
 * are not part of the article's body (the site's section label and comment form), have no node of
 * their own: their notes are about the article, and name the field or paragraph.
 */
function itemRef(article: Article<ArticleIds>, { item }: AnyNote): string {
  if (item.kind === 'paragraph')
    return articleBody(article).some((p) => p.id === item.id)
      ? `#paragraph-${item.id}`
      : '#article';
  if (item.kind === 'metadata') return '#article';
  return `#${item.id}`;
}

const labelOf = ({ item }: AnyNote) =>
  item.kind === 'metadata'
    ? item.id
    : item.kind === 'paragraph'
      ? `paragraph ${item.id}`
      : undefined;

/**
 * The notes as schema.org `Comment` nodes: `about` points at the item's node in `toJSONLD`'s
 * graph, `genre` is the kind of note, and a note about the article names its field or paragraph
 * in `name`.
 */
export function notesJsonLd(article: Article<ArticleIds>, notes: readonly AnyNote[]) {
  return {
    '@context': 'https://schema.org',
    '@graph': notes.map((entry, i) => ({
      '@type': 'Comment',
      '@id': `#note-${i + 1}`,
      about: { '@id': itemRef(article, entry) },
      ...(itemRef(article, entry) === '#article' && labelOf(entry) !== undefined
        ? { name: labelOf(entry) }
        : {}),
      genre: entry.note.kind,
      text: entry.note.text,
    })),
  };
}
