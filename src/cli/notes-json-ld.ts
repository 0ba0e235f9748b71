import type { ItemNote } from '../query/find-notes.js';

/** The node id that `toJSONLD` gives the item a note belongs to (metadata is the article's). */
function itemRef({ item }: ItemNote): string {
  if (item.kind === 'metadata') return '#article';
  if (item.kind === 'paragraph') return `#paragraph-${item.id}`;
  return `#${item.id}`;
}

/**
 * The notes as schema.org `Comment` nodes: `about` points at the item's node in `toJSONLD`'s
 * graph, `genre` is the kind of note, and a metadata note names its field in `name`.
 */
export function notesJsonLd(notes: readonly ItemNote[]) {
  return {
    '@context': 'https://schema.org',
    '@graph': notes.map((entry, i) => ({
      '@type': 'Comment',
      '@id': `#note-${i + 1}`,
      about: { '@id': itemRef(entry) },
      ...(entry.item.kind === 'metadata' ? { name: entry.item.id } : {}),
      genre: entry.note.kind,
      text: entry.note.text,
    })),
  };
}
