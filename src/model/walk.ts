import type { Article, ArticleIds, Note, TextAnchor } from '../types/index.js';
import { ITEM_KINDS, KINDS, type AnchorRole, type ItemKind, type ItemTypes } from './kinds.js';

/**
 * A path into the article, as a validation problem's `path` gives it: `['statistics', 2, 'source', 'anchor']`.
 *
 * @example
 * ```ts
 * import { article, walkAnchors, type ArticlePath } from 'beijing-digital-economy';
 *
 * const path: ArticlePath | undefined = walkAnchors(article).find((v) => v.role === 'evidence')?.path;
 * path;
 * //=> ['metadata', 'datePublished', 'evidence', 0]
 * ```
 * @category Model
 */
export type ArticlePath = readonly (string | number)[];

/** One item of an article with its kind, id and place. */
export interface ItemVisit<K extends ItemKind = ItemKind> {
  readonly kind: K;
  readonly id: string;
  readonly item: ItemTypes<ArticleIds>[K];
  readonly path: ArticlePath;
  /** Where the item starts in the text; -1 for metadata. */
  readonly position: number;
}

/**
 * One anchor of the article, with the item that holds it and what it is to that item, as
 * {@link walkAnchors} gives it.
 *
 * @example
 * ```ts
 * import { article, walkAnchors, type AnchorVisit } from 'beijing-digital-economy';
 *
 * const visit: AnchorVisit | undefined = walkAnchors(article).find((v) => v.role === 'statement');
 * [visit?.kind, visit?.id, visit?.field, visit?.anchor.exact];
 * //=> ['statistic', 'digital-economy-share-of-gdp-2019', 'source.anchor', 'exceeds 50%']
 * ```
 * @sortStrategy source-order
 * @category Model
 */
export interface AnchorVisit {
  /** The kind of item that holds the anchor. */
  readonly kind: ItemKind;
  /** The item's id; for metadata, the field that holds the anchor (`'datePublished'`). */
  readonly id: string;
  /** The anchor-holding field, as a dotted path (`'source.anchor'`, `'mentions'`). */
  readonly field: string;
  /** What the anchor is to the item. */
  readonly role: AnchorRole;
  /** The anchor's place in its field (0 for a single anchor). */
  readonly index: number;
  /** The anchor itself, the same object as in the item. */
  readonly anchor: TextAnchor<ArticleIds>;
  /** Where the anchor is in the article. */
  readonly path: ArticlePath;
}

/** One note, with the item it belongs to. */
export interface NoteVisit {
  readonly kind: ItemKind;
  /** The item's id; for metadata, the field the note is about. */
  readonly id: string;
  readonly note: Note;
  readonly path: ArticlePath;
  readonly position: number;
}

function* itemsOf<K extends ItemKind>(
  article: Article<ArticleIds>,
  kind: K,
): Generator<ItemVisit<K>> {
  const description = KINDS[kind];
  const items = description.items(article);
  const { collection } = description;
  for (const [index, item] of items.entries()) {
    yield {
      kind,
      id: description.id(item),
      item,
      path: collection === 'metadata' ? [collection] : [collection, index],
      position: description.position(item),
    };
  }
}

/**
 * Every item of every kind, metadata first, then in text order (items that start at the same
 * place in the order of `ITEM_KINDS`).
 */
export function walkItems(article: Article<ArticleIds>): ItemVisit[] {
  const visits: ItemVisit[] = [];
  for (const kind of ITEM_KINDS) visits.push(...itemsOf(article, kind));
  // Pushed kind by kind in the order of ITEM_KINDS, and sort is stable: items that start at the
  // same place stay in the order of their kinds.
  return visits.sort((a, b) => a.position - b.position);
}

// Read only after the field's `anchors` has read the same path, so no step is null or undefined.
function valueAt(value: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], value);
}

type AnyFieldDescription = {
  readonly role: AnchorRole;
  readonly anchors: (item: unknown) => readonly TextAnchor<ArticleIds>[];
};

/**
 * Every anchor of an article — each statement and restatement of a figure, each quotation, each
 * report and purpose of a policy, each mention and designation of an entity, the evidence for the
 * publication date — with the item that holds it and what it is to that item. This is the one walk
 * the package makes: the schema checks these anchors, Web Annotations and the explorer highlight
 * them, `itemsAt` reports them.
 *
 * @param article - The built-in `article` or one checked by `parseArticle`.
 * @returns The anchors in text order (by start, then end, then kind of item).
 * @throws {TypeError} When `article` is not an article (from untyped code); check data from
 *   elsewhere with `parseArticle` first.
 * @example
 * ```ts
 * import { article, walkAnchors } from 'beijing-digital-economy';
 *
 * const roles = new Set(walkAnchors(article).map((visit) => visit.role));
 * [...roles].sort();
 * //=> ['designation', 'evidence', 'mention', 'purpose', 'quotation', 'report', 'restatement', 'statement']
 * ```
 * @category Model
 */
export function walkAnchors(article: Article<ArticleIds>): AnchorVisit[] {
  const visits: AnchorVisit[] = [];
  for (const kind of ITEM_KINDS) {
    const fields = Object.entries(KINDS[kind].anchorFields) as [string, AnyFieldDescription][];
    for (const { id, item, path } of itemsOf(article, kind)) {
      for (const [field, { role, anchors }] of fields) {
        const [head = field, ...rest] = field.split('.');
        const fieldPath = [...path, head, ...rest];
        const held = anchors(item);
        // A field that holds a list gets the anchor's index in the path; a single anchor does not.
        const single = !Array.isArray(valueAt(item, [head, ...rest]));
        held.forEach((anchor, index) =>
          visits.push({
            kind,
            id: kind === 'metadata' ? head : id,
            field,
            role,
            index,
            anchor,
            path: single ? fieldPath : [...fieldPath, index],
          }),
        );
      }
    }
  }
  // Pushed kind by kind in the order of ITEM_KINDS, and sort is stable: anchors of the same
  // words stay in the order of their kinds.
  return visits.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
}

/**
 * Every note of the article with the item it belongs to: metadata's first, then in text order of
 * their items (items that start at the same place in the order of `ITEM_KINDS`).
 */
export function walkNotes(article: Article<ArticleIds>): NoteVisit[] {
  const visits: NoteVisit[] = [];
  for (const { kind, item, path, position } of walkItems(article)) {
    const filed = (
      KINDS[kind].notes as (item: unknown) => readonly (readonly [string, readonly Note[]])[]
    )(item);
    for (const [id, notes] of filed) {
      const notesPath = kind === 'metadata' ? [...path, 'fieldNotes', id] : [...path, 'notes'];
      notes.forEach((note, index) =>
        visits.push({ kind, id, note, path: [...notesPath, index], position }),
      );
    }
  }
  return visits;
}
