import type {
  Article,
  ArticleIds,
  BuiltInIds,
  Entity,
  Metadata,
  MetadataNoteField,
  Note,
  Paragraph,
  Policy,
  Quote,
  Statistic,
  TextAnchor,
} from '../types/index.js';

// The one description of the kinds of items in an article. Every view (the schema's cross-field
// check, the queries, the notes, Markdown, Web Annotations, the CLI, the explorer) walks the items
// through src/model/walk.ts, which reads only this file. A field that holds anchors and is not
// described here fails to compile (see AnchorField), and so does a kind without a description.

/**
 * The kinds of items in an article, in the order in which a view lists items that start at the
 * same place: `metadata` (about the whole article) first.
 */
export const ITEM_KINDS = [
  'metadata',
  'paragraph',
  'entity',
  'statistic',
  'quote',
  'policy',
] as const satisfies readonly ItemKind[];

/**
 * A kind of item: `'metadata'`, `'paragraph'`, `'entity'`, `'statistic'`, `'quote'` or `'policy'`.
 *
 * @example
 * ```ts
 * import { article, walkAnchors, type ItemKind } from 'beijing-digital-economy';
 *
 * const kinds = new Set<ItemKind>(walkAnchors(article).map((visit) => visit.kind));
 * kinds.has('paragraph');
 * //=> false
 * ```
 * @category Model
 */
export type ItemKind = 'metadata' | 'paragraph' | 'entity' | 'statistic' | 'quote' | 'policy';

/**
 * What an anchor is to its item: the words that state a statistic (`statement`) or restate it
 * (`restatement`), a quotation's words (`quotation`), the words that report a policy (`report`) or
 * its purpose (`purpose`), an entity's name in the text (`mention`) or a description of it
 * (`designation`), and the words the publication date rests on (`evidence`).
 *
 * @example
 * ```ts
 * import { article, walkAnchors, type AnchorRole } from 'beijing-digital-economy';
 *
 * const role: AnchorRole = 'designation';
 * walkAnchors(article).filter((visit) => visit.role === role).length;
 * //=> 3
 * ```
 * @category Model
 */
export type AnchorRole =
  | 'statement'
  | 'restatement'
  | 'quotation'
  | 'report'
  | 'purpose'
  | 'mention'
  | 'designation'
  | 'evidence';

type Assert<T extends true> = T;
/** `ITEM_KINDS` lists every kind: the walk visits the kinds it lists, so one left out fails here. */
export type ItemKindsAreComplete = Assert<
  [Exclude<ItemKind, (typeof ITEM_KINDS)[number]>] extends [never] ? true : false
>;
/** The same for the anchor roles. */
export type AnchorRolesAreComplete = Assert<
  [Exclude<AnchorRole, (typeof ANCHOR_ROLES)[number]>] extends [never] ? true : false
>;

/** Every anchor role, in the order a legend lists them. */
export const ANCHOR_ROLES = [
  'statement',
  'restatement',
  'quotation',
  'report',
  'purpose',
  'mention',
  'designation',
  'evidence',
] as const satisfies readonly AnchorRole[];

/**
 * The type of each kind of item, by kind: `ItemTypes['statistic']` is `Statistic`; `metadata` is
 * the article's one metadata object.
 *
 * @example
 * ```ts
 * import { getStatistic, type ItemTypes } from 'beijing-digital-economy';
 *
 * const statistic: ItemTypes['statistic'] = getStatistic('service-trade-volume-2019');
 * statistic.statedAs;
 * //=> 'US$160 billion'
 * ```
 * @sortStrategy source-order
 * @category Model
 */
export interface ItemTypes<Ids extends ArticleIds = BuiltInIds> {
  /** The article's metadata. */
  readonly metadata: Metadata<Ids>;
  /** A paragraph. */
  readonly paragraph: Paragraph<Ids>;
  /** An entity. */
  readonly entity: Entity<Ids>;
  /** A statistic. */
  readonly statistic: Statistic<Ids>;
  /** A quote. */
  readonly quote: Quote<Ids>;
  /** A policy. */
  readonly policy: Policy<Ids>;
}

interface AnchorShape {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}
type HoldsAnchors<V> = [NonNullable<V>] extends [AnchorShape]
  ? true
  : [NonNullable<V>] extends [readonly AnchorShape[]]
    ? true
    : false;
type DirectAnchorFields<T> = {
  [K in keyof T & string]-?: HoldsAnchors<T[K]> extends true ? K : never;
}[keyof T & string];
type NestedAnchorFields<T> = {
  [K in keyof T & string]-?: [NonNullable<T[K]>] extends [readonly unknown[]]
    ? never
    : HoldsAnchors<T[K]> extends true
      ? never
      : [NonNullable<T[K]>] extends [object]
        ? `${K}.${DirectAnchorFields<NonNullable<T[K]>>}`
        : never;
}[keyof T & string];

/**
 * The fields of an item type that hold anchors, as dotted paths: `'source.anchor' | 'restatedAt'`
 * for a statistic. Computed from the type, so a new anchor field is a new member here, and the
 * description below that lacks it fails to compile.
 */
export type AnchorField<T> = DirectAnchorFields<T> | NestedAnchorFields<T>;

/** How one anchor-holding field is read, and what its anchors are to the item. */
export interface AnchorFieldDescription<Item> {
  readonly role: AnchorRole;
  readonly anchors: (item: Item) => readonly TextAnchor<ArticleIds>[];
}

/** One kind of item: where its items are, which of their fields hold anchors, what they refer to. */
export interface KindDescription<Item> {
  /** The key of the article that holds the items. */
  readonly collection:
    'metadata' | 'paragraphs' | 'entities' | 'statistics' | 'quotes' | 'policies';
  /** The items of this kind in an article; `metadata` has the one metadata object. */
  readonly items: (article: Article<ArticleIds>) => readonly Item[];
  /** The item's id; for metadata, `'metadata'`. */
  readonly id: (item: Item) => string;
  /** Every field that holds anchors. */
  readonly anchorFields: { readonly [F in AnchorField<Item>]: AnchorFieldDescription<Item> };
  /** The item's notes, by the id they are filed under (metadata files them by field). */
  readonly notes: (item: Item) => readonly (readonly [string, readonly Note[]])[];
  /** The entities the item names by id: a statistic's subject and source, a quote's speaker… */
  readonly entities: (item: Item) => readonly string[];
  /** The words a text search looks in. */
  readonly words: (item: Item) => readonly string[];
  /** Where the item starts in the text, for ordering; metadata, about the whole article, is -1. */
  readonly position: (item: Item) => number;
}

const one = <T>(value: T | undefined): readonly T[] => (value === undefined ? [] : [value]);

/** The fields of `metadata.fieldNotes`, in the order the notes are listed. */
export const METADATA_NOTE_FIELDS = [
  'section',
  'language',
  'translatedFrom',
  'publisher',
  'contributors',
  'event',
] as const satisfies readonly MetadataNoteField[];

/** The description of every kind. */
export const KINDS: { readonly [K in ItemKind]: KindDescription<ItemTypes<ArticleIds>[K]> } = {
  metadata: {
    collection: 'metadata',
    items: (article) => [article.metadata],
    id: () => 'metadata',
    anchorFields: {
      'datePublished.evidence': { role: 'evidence', anchors: (m) => m.datePublished.evidence },
    },
    notes: (m) =>
      METADATA_NOTE_FIELDS.map((field) => [field, m.fieldNotes?.[field] ?? []] as const),
    // Stryker disable next-line ArrayDeclaration,ArrowFunction: equivalent, findItems, the one reader of entities, skips metadata
    entities: (m) => [m.publisher, ...m.contributors.map((c) => c.entity), ...one(m.event)],
    // Stryker disable next-line ArrayDeclaration: equivalent, findItems, the one reader of words, skips metadata
    words: (m) => [m.headline, m.section],
    position: () => -1,
  },
  paragraph: {
    collection: 'paragraphs',
    items: (article) => article.paragraphs,
    id: (p) => p.id,
    anchorFields: {},
    notes: (p) => [[p.id, p.notes ?? []]],
    // Stryker disable next-line ArrayDeclaration: equivalent, findItems compares these with an entity id of the article, a lower-case slug
    entities: () => [],
    words: (p) => [p.text],
    position: (p) => p.start,
  },
  entity: {
    collection: 'entities',
    items: (article) => article.entities,
    id: (e) => e.id,
    anchorFields: {
      mentions: { role: 'mention', anchors: (e) => e.mentions },
      designations: { role: 'designation', anchors: (e) => e.designations ?? [] },
    },
    notes: (e) => [[e.id, e.notes ?? []]],
    entities: (e) => [e.id],
    words: (e) => [e.name, ...(e.aliases ?? []), ...one(e.role)],
    position: (e) => e.mentions[0]?.start ?? Number.POSITIVE_INFINITY,
  },
  statistic: {
    collection: 'statistics',
    items: (article) => article.statistics,
    id: (s) => s.id,
    anchorFields: {
      'source.anchor': { role: 'statement', anchors: (s) => [s.source.anchor] },
      restatedAt: { role: 'restatement', anchors: (s) => s.restatedAt ?? [] },
    },
    notes: (s) => [[s.id, s.notes ?? []]],
    entities: (s) => [s.subject, s.source.attributedTo],
    words: (s) => [s.label, s.measure, s.statedAs],
    position: (s) => s.source.anchor.start,
  },
  quote: {
    collection: 'quotes',
    items: (article) => article.quotes,
    id: (q) => q.id,
    anchorFields: { anchor: { role: 'quotation', anchors: (q) => [q.anchor] } },
    notes: (q) => [[q.id, q.notes ?? []]],
    entities: (q) => [q.speaker],
    words: (q) => [q.text],
    position: (q) => q.anchor.start,
  },
  policy: {
    collection: 'policies',
    items: (article) => article.policies,
    id: (p) => p.id,
    anchorFields: {
      anchor: { role: 'report', anchors: (p) => [p.anchor] },
      purpose: { role: 'purpose', anchors: (p) => p.purpose ?? [] },
    },
    notes: (p) => [[p.id, p.notes ?? []]],
    entities: (p) => [...p.issuedBy, ...one(p.venue)],
    words: (p) => [p.title, ...(p.focusAreas ?? [])],
    position: (p) => p.anchor.start,
  },
};
