// The items the explorer lists and highlights, read from the package's one walk over the anchors
// (walkAnchors) and its notes (findNotes), so that the page shows exactly what the package holds.
import {
  findNotes,
  formatStatistic,
  nameOf,
  walkAnchors,
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

/** One item of the article the page can open. */
export interface Item {
  readonly kind: Kind;
  readonly id: string;
  readonly data: Statistic | Quote | Policy | Entity | Metadata;
  /** Every place the text states it, in the order of its fields. */
  readonly anchors: readonly ItemAnchor[];
  readonly notes: readonly Note[];
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

const ROLE_ORDER = [
  'statement',
  'restatement',
  'quotation',
  'report',
  'purpose',
  'mention',
  'designation',
  'evidence',
] as const;

/** The list's words for an item: the figure as the text states it, comparator and all. */
const TITLES: { readonly [K in Kind]: (data: never) => string } = {
  statistic: (s: Statistic) => formatStatistic(s, { attribution: false, period: false }),
  quote: (q: Quote) => `${nameOf(q.speaker)}: ${q.text}`,
  policy: (p: Policy) => p.title,
  entity: (e: Entity) => `${e.name} (${e.kind})`,
  metadata: (m: Metadata) =>
    `Publication date: ${m.datePublished.value}${m.datePublished.inferred ? ' (inferred)' : ''}`,
};

/** Every item with anchors, in the order of the page's list: by kind, then by first anchor. */
export function explorerItems(article: Article): Item[] {
  const notes = new Map<string, Note[]>();
  for (const { item, note } of findNotes())
    notes.set(`${item.kind}/${item.id}`, [...(notes.get(`${item.kind}/${item.id}`) ?? []), note]);
  const data = new Map<string, Item['data']>([
    ...article.statistics.map((s) => [`statistic/${s.id}`, s] as const),
    ...article.quotes.map((q) => [`quote/${q.id}`, q] as const),
    ...article.policies.map((p) => [`policy/${p.id}`, p] as const),
    ...article.entities.map((e) => [`entity/${e.id}`, e] as const),
    ['metadata/datePublished', article.metadata] as const,
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
  const order: readonly Kind[] = ['statistic', 'quote', 'policy', 'entity', 'metadata'];
  return [...grouped.entries()]
    .sort(([, a], [, b]) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map(([key, { kind, id, visits }]): Item => {
      const item = data.get(key);
      if (item === undefined) throw new Error(`the explorer has no data for ${key}`);
      const sorted = [...visits].sort(
        (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.index - b.index,
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
