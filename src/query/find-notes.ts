import { article } from '../generated/article-data.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { NOTE_ITEM_KINDS, NOTE_KINDS } from '../internal/vocabulary.js';
import { walkNotes } from '../model/walk.js';
import type {
  Article,
  ArticleIds,
  BuiltInIds,
  MetadataNoteField,
  Note,
  NoteKind,
} from '../types/index.js';

/**
 * The item a note belongs to: its kind and its id. For `metadata` the id is the field the note
 * is about (`'section'`, `'translatedFrom'`, …), since the article has one metadata object.
 *
 * @example
 * ```ts
 * import { findNotes, type NoteItem } from 'beijing-digital-economy';
 *
 * const item: NoteItem | undefined = findNotes({ kind: 'inconsistency' })[0]?.item;
 * item;
 * //=> { kind: 'statistic', id: 'big-data-top-500-beijing-companies-2019' }
 * ```
 * @category Query
 */
export type NoteItem<Ids extends ArticleIds = BuiltInIds> =
  | { readonly kind: 'metadata'; readonly id: MetadataNoteField }
  | { readonly kind: 'paragraph'; readonly id: Ids['paragraph'] }
  | { readonly kind: 'entity'; readonly id: Ids['entity'] }
  | { readonly kind: 'statistic'; readonly id: Ids['statistic'] }
  | { readonly kind: 'quote'; readonly id: Ids['quote'] }
  | { readonly kind: 'policy'; readonly id: Ids['policy'] };

/**
 * The kinds of item that carry notes: `'metadata'`, `'paragraph'`, `'entity'`, `'statistic'`,
 * `'quote'` or `'policy'`.
 *
 * @example
 * ```ts
 * import { findNotes, type NoteItemKind } from 'beijing-digital-economy';
 *
 * const itemKind: NoteItemKind = 'policy';
 * findNotes({ itemKind }).length;
 * //=> 6
 * ```
 * @category Query
 */
export type NoteItemKind = NoteItem['kind'];

/**
 * One note of the article with the item it belongs to, as {@link findNotes} returns it.
 *
 * @example
 * ```ts
 * import { findNotes, type ItemNote } from 'beijing-digital-economy';
 *
 * const notes: readonly ItemNote[] = findNotes({ itemKind: 'metadata', kind: 'inference' });
 * notes.map((n) => n.item.id);
 * //=> ['section', 'translatedFrom', 'publisher']
 * ```
 * @category Query
 */
export interface ItemNote<Ids extends ArticleIds = BuiltInIds> {
  /** The item the note belongs to. */
  readonly item: NoteItem<Ids>;
  /** The note itself, the same object as in the item's `notes` (or `metadata.fieldNotes`). */
  readonly note: Note;
}

/**
 * What {@link findNotes} matches; every field given must match.
 *
 * @example
 * ```ts
 * import { findNotes, type NoteFilter } from 'beijing-digital-economy';
 *
 * const filter: NoteFilter = { kind: 'ambiguity', itemKind: 'policy' };
 * findNotes(filter).map((n) => n.item.id);
 * //=> ['digital-economy-1-plus-3-policy-system']
 * ```
 * @category Query
 */
export interface NoteFilter<Ids extends ArticleIds = BuiltInIds> {
  /** The kind of note: `'translation'`, `'inference'`, `'inconsistency'` or `'ambiguity'`. @defaultValue any */
  readonly kind?: NoteKind;
  /** The kind of item the note belongs to: `'metadata'`, `'paragraph'`, `'entity'`, `'statistic'`, `'quote'` or `'policy'`. @defaultValue any */
  readonly itemKind?: NoteItemKind;
  /** The id of the item the note belongs to (for metadata, the field: `'section'`). @defaultValue any */
  readonly itemId?: NoteItem<Ids>['id'];
}

const FILTER_KEYS = ['kind', 'itemKind', 'itemId'] as const;

/**
 * {@link findNotes} over any article.
 *
 * @internal
 */
export function findNotesIn<Ids extends ArticleIds>(
  source: Article<Ids>,
  filter: NoteFilter<Ids> | undefined,
): readonly ItemNote<Ids>[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { kind, itemKind, itemId } = filter ?? {};
  if (kind !== undefined) checkOneOf('filter.kind', kind, NOTE_KINDS);
  if (itemKind !== undefined) checkOneOf('filter.itemKind', itemKind, NOTE_ITEM_KINDS);
  if (itemId !== undefined) requireText('filter.itemId', itemId);
  return walkNotes(source)
    .filter(
      (visit) =>
        (kind === undefined || visit.note.kind === kind) &&
        (itemKind === undefined || visit.kind === itemKind) &&
        (itemId === undefined || visit.id === itemId),
    )
    .map(({ kind: k, id, note }) => ({ item: { kind: k, id } as NoteItem<Ids>, note }));
}

/**
 * Every note of the article — each doubtful translation, inference, inconsistency and
 * ambiguity — with the item it belongs to: the way to ask "what in this article is doubtful?"
 * without walking every collection.
 *
 * @param filter - What to match; an empty filter matches every note.
 * @returns The matching notes in text order: metadata first, then by where the item begins in
 *   the text (a paragraph before the items inside it), each item's notes in their own order.
 * @throws {InvalidOptionError} When the filter has an unknown key or a value outside its list
 *   (from untyped code), naming the valid ones.
 * @example
 * ```ts
 * import { findNotes } from 'beijing-digital-economy';
 *
 * findNotes({ kind: 'inconsistency', itemKind: 'entity' }).map((n) => n.item.id);
 * //=> ['china-top-500-big-data-companies-2019']
 * ```
 * @category Query
 */
export function findNotes(filter?: NoteFilter): readonly ItemNote[] {
  return findNotesIn(article, filter);
}
