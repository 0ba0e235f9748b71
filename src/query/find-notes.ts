import {
  entities,
  metadata,
  paragraphs,
  policies,
  quotes,
  statistics,
} from '../generated/article-data.js';
import type { EntityId, ParagraphId, PolicyId, QuoteId, StatisticId } from '../generated/ids.js';
import { checkOneOf, checkOptions } from '../internal/check-options.js';
import { METADATA_NOTE_FIELDS, NOTE_ITEM_KINDS, NOTE_KINDS } from '../internal/vocabulary.js';
import type { MetadataNoteField, Note, NoteKind } from '../types/index.js';

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
export type NoteItem =
  | { readonly kind: 'metadata'; readonly id: MetadataNoteField }
  | { readonly kind: 'paragraph'; readonly id: ParagraphId }
  | { readonly kind: 'entity'; readonly id: EntityId }
  | { readonly kind: 'statistic'; readonly id: StatisticId }
  | { readonly kind: 'quote'; readonly id: QuoteId }
  | { readonly kind: 'policy'; readonly id: PolicyId };

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
export interface ItemNote {
  /** The item the note belongs to. */
  readonly item: NoteItem;
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
export interface NoteFilter {
  /** The kind of note: `'translation'`, `'inference'`, `'inconsistency'` or `'ambiguity'`. @defaultValue any */
  readonly kind?: NoteKind;
  /** The kind of item the note belongs to: `'metadata'`, `'paragraph'`, `'entity'`, `'statistic'`, `'quote'` or `'policy'`. @defaultValue any */
  readonly itemKind?: NoteItemKind;
}

const FILTER_KEYS = ['kind', 'itemKind'] as const;

interface Placed {
  readonly item: NoteItem;
  readonly notes: readonly Note[];
  /** Where the item begins in the text; metadata, which is about the whole article, comes first. */
  readonly position: number;
}

function placedItems(): Placed[] {
  const fieldNotes = metadata.fieldNotes ?? {};
  return [
    ...METADATA_NOTE_FIELDS.map((id) => ({
      item: { kind: 'metadata', id } as const,
      notes: fieldNotes[id] ?? [],
      position: -1,
    })),
    ...paragraphs.map((p) => ({
      item: { kind: 'paragraph', id: p.id } as const,
      notes: p.notes ?? [],
      position: p.start,
    })),
    ...entities.map((e) => ({
      item: { kind: 'entity', id: e.id } as const,
      notes: e.notes ?? [],
      position: e.mentions[0]?.start ?? Infinity,
    })),
    ...statistics.map((s) => ({
      item: { kind: 'statistic', id: s.id } as const,
      notes: s.notes ?? [],
      position: s.source.anchor.start,
    })),
    ...quotes.map((q) => ({
      item: { kind: 'quote', id: q.id } as const,
      notes: q.notes ?? [],
      position: q.anchor.start,
    })),
    ...policies.map((p) => ({
      item: { kind: 'policy', id: p.id } as const,
      notes: p.notes ?? [],
      position: p.anchor.start,
    })),
  ];
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
export function findNotes(filter: NoteFilter = {}): readonly ItemNote[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { kind, itemKind } = filter;
  if (kind !== undefined) checkOneOf('filter.kind', kind, NOTE_KINDS);
  if (itemKind !== undefined) checkOneOf('filter.itemKind', itemKind, NOTE_ITEM_KINDS);
  const rank = (placed: Placed) => NOTE_ITEM_KINDS.indexOf(placed.item.kind);
  return placedItems()
    .filter((placed) => itemKind === undefined || placed.item.kind === itemKind)
    .sort((a, b) => a.position - b.position || rank(a) - rank(b))
    .flatMap(({ item, notes }) =>
      notes
        .filter((note) => kind === undefined || note.kind === kind)
        .map((note) => ({ item, note })),
    );
}
