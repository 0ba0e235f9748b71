// The items the explorer lists and highlights, read from the package's one walk over the anchors
// (walkAnchors) and its notes (findNotes), so that the page shows exactly what the package holds.
import {
  findNotes,
  formatStatistic,
  nameOf,
  walkAnchors,
  type AnchorRole,
  type Article,
  type ArticleIds,
  type Entity,
  type ItemKind,
  type Metadata,
  type Note,
  type Policy,
  type Quote,
  type Statistic,
  type TextAnchor,
} from 'beijing-digital-economy';

/** The kinds of item the page opens: every kind with anchors. */
export type Kind = Exclude<ItemKind, 'paragraph'>;

/** One anchor of an item: `key` is its deep link, `code` the expression that reaches it. */
export interface ItemAnchor {
  readonly key: string;
  readonly code: string;
  readonly anchor: TextAnchor<ArticleIds>;
}

/** A note of an item; a note of the metadata names the field it is about. */
export interface ItemNote {
  readonly note: Note;
  readonly field?: string;
}

/** One item of the article the page can open. */
export interface Item {
  readonly kind: Kind;
  readonly id: string;
  readonly data: Statistic | Quote | Policy | Entity | Metadata;
  /** Every place the text states it, in the order of its fields. */
  readonly anchors: readonly ItemAnchor[];
  readonly notes: readonly ItemNote[];
  /** The words shown in the list. */
  readonly title: string;
}

/** How the page names each kind, and the lookup that reaches an item of it. */
export const KIND_NAMES: { readonly [K in Kind]: string } = {
  statistic: 'Statistic',
  quote: 'Quote',
  policy: 'Policy',
  entity: 'Entity',
  metadata: 'Metadata',
};
export const LOOKUP: { readonly [K in Kind]: (id: string) => string } = {
  statistic: (id) => `getStatistic('${id}')`,
  quote: (id) => `getQuote('${id}')`,
  policy: (id) => `getPolicy('${id}')`,
  entity: (id) => `getEntity('${id}')`,
  metadata: () => 'metadata',
};

const METADATA_KEY = 'metadata/datePublished';

/** The order of an item's places in its links: what it states first, then the rest. */
const ROLE_ORDER: { readonly [R in AnchorRole]: number } = {
  statement: 0,
  restatement: 1,
  quotation: 2,
  report: 3,
  purpose: 4,
  mention: 5,
  designation: 6,
  evidence: 7,
};

/** The list's words for an item: the figure as the text states it, comparator and all. */
const TITLES: { readonly [K in Kind]: (data: never) => string } = {
  statistic: (s: Statistic) => formatStatistic(s, { attribution: false, period: false }),
  quote: (q: Quote) => `${nameOf(q.speaker)}: ${q.text}`,
  policy: (p: Policy) => p.title,
  entity: (e: Entity) => `${e.name} (${e.kind})`,
  metadata: (m: Metadata) =>
    `Publication date: ${m.datePublished.value}${m.datePublished.inferred ? ' (inferred)' : ''}`,
};

/** Every item with anchors, in the order of the page's list: the article's, kind by kind. */
export function explorerItems(article: Article): Item[] {
  // The page opens the metadata by its one anchored field, the publication date; the notes on
  // its other fields (section, publisher, translation) are shown there too, each with its field.
  const notes = new Map<string, ItemNote[]>();
  for (const { item, note } of findNotes()) {
    const key = item.kind === 'metadata' ? METADATA_KEY : `${item.kind}/${item.id}`;
    notes.set(key, [
      ...(notes.get(key) ?? []),
      item.kind === 'metadata' ? { note, field: item.id } : { note },
    ]);
  }
  const data = new Map<string, Item['data']>([
    ...article.statistics.map((s) => [`statistic/${s.id}`, s] as const),
    ...article.quotes.map((q) => [`quote/${q.id}`, q] as const),
    ...article.policies.map((p) => [`policy/${p.id}`, p] as const),
    ...article.entities.map((e) => [`entity/${e.id}`, e] as const),
    [METADATA_KEY, article.metadata] as const,
  ]);
  const grouped = new Map<
    string,
    { kind: Kind; id: string; visits: ReturnType<typeof walkAnchors> }
  >();
  for (const visit of walkAnchors(article)) {
    if (visit.kind === 'paragraph') continue;
    const key = `${visit.kind}/${visit.id}`;
    const group = grouped.get(key) ?? { kind: visit.kind, id: visit.id, visits: [] };
    group.visits.push(visit);
    grouped.set(key, group);
  }
  const position = new Map([...data.keys()].map((key, i) => [key, i]));
  return [...grouped.entries()]
    .sort(([a], [b]) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    .map(([key, { kind, id, visits }]): Item => {
      const item = data.get(key);
      if (item === undefined) throw new Error(`the explorer has no data for ${key}`);
      const sorted = [...visits].sort(
        (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.index - b.index,
      );
      // The first place of an item is its bare link (`statistic/<id>`), the others are numbered;
      // an entity's places are all numbered (`entity/<id>/1`), as its mentions always were.
      const anchors = sorted.map((visit, i) => ({
        key: i === 0 && kind !== 'entity' ? key : `${key}/${i + 1}`,
        code: `${LOOKUP[kind](id)}${visit.path
          .slice(kind === 'metadata' ? 1 : 2)
          .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
          .join('')}`,
        anchor: visit.anchor,
      }));
      return {
        kind,
        id,
        data: item,
        anchors,
        notes: notes.get(key) ?? [],
        title: (TITLES[kind] as (data: Item['data']) => string)(item),
      };
    });
}
