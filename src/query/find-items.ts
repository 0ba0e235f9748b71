import { article } from '../generated/article-data.js';
import { checkOneOf, checkOptions, requireText } from '../internal/check-options.js';
import { KINDS, type ItemTypes } from '../model/kinds.js';
import { walkAnchors, walkItems } from '../model/walk.js';
import type { Article, ArticleIds, BuiltInIds } from '../types/index.js';

/** The kinds of item that stand in the text: every kind but the article's metadata. */
export const TEXT_ITEM_KINDS = [
  'paragraph',
  'entity',
  'statistic',
  'quote',
  'policy',
] as const satisfies readonly TextItemKind[];

/**
 * A kind of item that stands in the text: `'paragraph'`, `'entity'`, `'statistic'`, `'quote'` or
 * `'policy'`.
 *
 * @example
 * ```ts
 * import { findItems, type TextItemKind } from 'beijing-digital-economy';
 *
 * const kinds = new Set<TextItemKind>(findItems().map((found) => found.kind));
 * kinds.size;
 * //=> 5
 * ```
 * @category Query
 */
export type TextItemKind = 'paragraph' | 'entity' | 'statistic' | 'quote' | 'policy';

/**
 * One item of the article with its kind: `{ kind: 'statistic', id, item }`, where `item` is the
 * statistic itself. Narrow on `kind` to get the item's type.
 *
 * @example
 * ```ts
 * import { findItems, type ArticleItem } from 'beijing-digital-economy';
 *
 * const [first]: readonly ArticleItem[] = findItems({ kind: 'statistic' });
 * first?.kind === 'statistic' ? first.item.statedAs : undefined;
 * //=> '50%'
 * ```
 * @category Query
 */
export type ArticleItem<Ids extends ArticleIds = BuiltInIds> = {
  readonly [K in TextItemKind]: {
    /** The kind of item. */
    readonly kind: K;
    /** The item's id. */
    readonly id: Ids[K];
    /** The item itself, the same object as in the article. */
    readonly item: ItemTypes<Ids>[K];
  };
}[TextItemKind];

/**
 * What {@link findItems} matches; every field given must match.
 *
 * @example
 * ```ts
 * import { findItems, type ItemFilter } from 'beijing-digital-economy';
 *
 * const filter: ItemFilter = { kind: 'policy', entity: 'beijing-municipal-government' };
 * findItems(filter).map((found) => found.id);
 * //=> ['new-business-forms-and-models-opinions']
 * ```
 * @sortStrategy source-order
 * @category Query
 */
export interface ItemFilter<Ids extends ArticleIds = BuiltInIds> {
  /** The kind of item. @defaultValue any */
  readonly kind?: TextItemKind;
  /** Words to find, ignoring case and the kind of apostrophe: in a statistic's label, measure or stated form, a quote's words, a policy's title or focus areas, an entity's name, aliases or role, a paragraph's text. @defaultValue any */
  readonly text?: string;
  /** An entity: the entity itself, the statistics about it or attributed to it, its quotes, the policies it issued or hosted, and the paragraphs that mention it. @defaultValue any */
  readonly entity?: Ids['entity'];
}

const FILTER_KEYS = ['kind', 'text', 'entity'] as const;

const normalise = (words: string) => words.toLowerCase().replace(/[‘’ʼ]/g, "'");

/**
 * {@link findItems} over any article.
 *
 * @internal
 */
export function findItemsIn<Ids extends ArticleIds>(
  source: Article<Ids>,
  filter: ItemFilter<Ids> | undefined,
): readonly ArticleItem<Ids>[] {
  checkOptions('filter', filter, FILTER_KEYS);
  const { kind, text, entity } = filter ?? {};
  if (kind !== undefined) checkOneOf('filter.kind', kind, TEXT_ITEM_KINDS);
  if (entity !== undefined)
    checkOneOf(
      'filter.entity',
      entity,
      source.entities.map((e) => e.id),
    );
  const words = text === undefined ? undefined : normalise(requireText('filter.text', text));
  const mentioned =
    // Stryker disable next-line ConditionalExpression: equivalent, `mentioned` is read only when an entity is given
    entity === undefined
      ? undefined
      : new Set(
          walkAnchors(source)
            .filter((visit) => visit.kind === 'entity' && visit.id === entity)
            .map((visit) => visit.anchor.paragraphId),
        );
  const found: ArticleItem<Ids>[] = [];
  for (const visit of walkItems(source)) {
    if (visit.kind === 'metadata' || (kind !== undefined && visit.kind !== kind)) continue;
    const description = KINDS[visit.kind] as {
      readonly entities: (item: unknown) => readonly string[];
      readonly words: (item: unknown) => readonly string[];
    };
    if (
      entity !== undefined &&
      !description.entities(visit.item).includes(entity) &&
      // Stryker disable next-line OptionalChaining: equivalent, `mentioned` is a set whenever an entity is given
      !(visit.kind === 'paragraph' && mentioned?.has(visit.id))
    )
      continue;
    if (
      words !== undefined &&
      !description.words(visit.item).some((w) => normalise(w).includes(words))
    )
      continue;
    found.push({ kind: visit.kind, id: visit.id, item: visit.item } as ArticleItem<Ids>);
  }
  return found;
}

/**
 * Every item of the article — paragraphs, entities, statistics, quotes and policies — with its
 * kind, in text order, or those that match a filter: by kind, by words, by the entity they name.
 *
 * @param filter - What to match; an empty filter matches every item.
 * @returns The matching items, each `{ kind, id, item }`, in the order they start in the text
 * (an entity at its first mention; items that start together in the order paragraph, entity,
 * statistic, quote, policy).
 * @throws {InvalidOptionError} When the filter has an unknown key, a kind that is not a kind of
 * item, an entity that is not in the article, or `text` that is not a string.
 * @example
 * ```ts
 * import { findItems } from 'beijing-digital-economy';
 *
 * findItems({ text: 'service trade' }).map((found) => `${found.kind} ${found.id}`).slice(0, 2);
 * //=> ['paragraph lead', 'entity service-trade-fair']
 * ```
 * @category Query
 */
export function findItems(filter?: ItemFilter): readonly ArticleItem[] {
  return findItemsIn(article, filter);
}
