import type { Article, ArticleIds, Note, TextAnchor } from '../types/index.js';
import { METADATA_NOTE_FIELDS, NOTE_ITEM_KINDS } from './vocabulary.js';

// THE SEAM to the article model's one walk over the items (src/model/walk.ts: walkItems,
// walkAnchors, walkNotes). The tables, the spans and the brat export read the article only through
// the three functions below, whose results have the shape of the model's visits (the fields they
// use). When the model lands, this file is deleted and its callers import the same names from
// '../model/walk.js'. Until then it walks the six kinds itself, in the model's order.

/** A kind of item: `'metadata'`, `'paragraph'`, `'entity'`, `'statistic'`, `'quote'` or `'policy'`. */
export type ItemKind = (typeof NOTE_ITEM_KINDS)[number];

/** What an anchor is to its item (the model's `AnchorRole`). */
export type AnchorRole =
  | 'statement'
  | 'restatement'
  | 'quotation'
  | 'report'
  | 'purpose'
  | 'mention'
  | 'designation'
  | 'evidence';

/** One item with its kind, id and where it starts in the text (-1 for metadata). */
export interface ItemVisit {
  readonly kind: ItemKind;
  readonly id: string;
  readonly position: number;
}

/** One anchor with the item that holds it, the field, what it is to the item and its index. */
export interface AnchorVisit {
  readonly kind: ItemKind;
  /** The item's id; for metadata, the field that holds the anchor. */
  readonly id: string;
  readonly field: string;
  readonly role: AnchorRole;
  readonly index: number;
  readonly anchor: TextAnchor<ArticleIds>;
}

/** One note with the item it belongs to (for metadata, the field it is about). */
export interface NoteVisit {
  readonly kind: ItemKind;
  readonly id: string;
  readonly note: Note;
  readonly position: number;
}

interface Walked {
  readonly kind: ItemKind;
  readonly id: string;
  readonly position: number;
  readonly anchors: readonly (readonly [string, AnchorRole, readonly TextAnchor<ArticleIds>[]])[];
  readonly notes: readonly (readonly [string, readonly Note[] | undefined])[];
}

function walked(article: Article<ArticleIds>): Walked[] {
  const { metadata } = article;
  return [
    {
      kind: 'metadata',
      id: 'metadata',
      position: -1,
      anchors: [['datePublished.evidence', 'evidence', metadata.datePublished.evidence]],
      notes: METADATA_NOTE_FIELDS.map((field) => [field, metadata.fieldNotes?.[field]] as const),
    },
    ...article.paragraphs.map((p) => ({
      kind: 'paragraph' as const,
      id: p.id,
      position: p.start,
      anchors: [],
      notes: [[p.id, p.notes]] as const,
    })),
    ...article.entities.map((e) => ({
      kind: 'entity' as const,
      id: e.id,
      position: e.mentions[0]?.start ?? Number.POSITIVE_INFINITY,
      anchors: [
        ['mentions', 'mention', e.mentions],
        ['designations', 'designation', e.designations ?? []],
      ] as const,
      notes: [[e.id, e.notes]] as const,
    })),
    ...article.statistics.map((s) => ({
      kind: 'statistic' as const,
      id: s.id,
      position: s.source.anchor.start,
      anchors: [
        ['source.anchor', 'statement', [s.source.anchor]],
        ['restatedAt', 'restatement', s.restatedAt ?? []],
      ] as const,
      notes: [[s.id, s.notes]] as const,
    })),
    ...article.quotes.map((q) => ({
      kind: 'quote' as const,
      id: q.id,
      position: q.anchor.start,
      anchors: [['anchor', 'quotation', [q.anchor]]] as const,
      notes: [[q.id, q.notes]] as const,
    })),
    ...article.policies.map((p) => ({
      kind: 'policy' as const,
      id: p.id,
      position: p.anchor.start,
      anchors: [
        ['anchor', 'report', [p.anchor]],
        ['purpose', 'purpose', p.purpose ?? []],
      ] as const,
      notes: [[p.id, p.notes]] as const,
    })),
  ];
}

const rank = (kind: ItemKind) => NOTE_ITEM_KINDS.indexOf(kind);
const byPlace = (a: Walked, b: Walked) => a.position - b.position || rank(a.kind) - rank(b.kind);

/** Every item, metadata first, then in text order (ties in the order of the kinds). */
export function walkItems(article: Article<ArticleIds>): ItemVisit[] {
  return walked(article)
    .sort(byPlace)
    .map(({ kind, id, position }) => ({ kind, id, position }));
}

/** Every anchor with its item and role, in text order (by start, then end, then kind). */
export function walkAnchors(article: Article<ArticleIds>): AnchorVisit[] {
  return walked(article)
    .flatMap(({ kind, id, anchors }) =>
      anchors.flatMap(([field, role, held]) =>
        held.map((anchor, index) => ({
          kind,
          id: kind === 'metadata' ? (field.split('.')[0] ?? field) : id,
          field,
          role,
          index,
          anchor,
        })),
      ),
    )
    .sort(
      (a, b) =>
        a.anchor.start - b.anchor.start ||
        a.anchor.end - b.anchor.end ||
        rank(a.kind) - rank(b.kind),
    );
}

/** Every note with its item: metadata's first, then in text order of their items. */
export function walkNotes(article: Article<ArticleIds>): NoteVisit[] {
  return walked(article)
    .sort(byPlace)
    .flatMap(({ kind, position, notes }) =>
      notes.flatMap(([id, filed]) => (filed ?? []).map((note) => ({ kind, id, note, position }))),
    );
}
