import { paragraphs, policies, quotes, statistics } from '../generated/article-data.js';
import type { ParagraphId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Policy, Quote, Statistic } from '../types/index.js';

/**
 * What {@link itemsAt} returns: the items anchored in one paragraph.
 *
 * @example
 * ```ts
 * import { itemsAt, type ParagraphItems } from 'beijing-digital-economy';
 *
 * const items: ParagraphItems = itemsAt('body-7');
 * [items.statistics.length, items.quotes.length, items.policies.length];
 * //=> [0, 1, 1]
 * ```
 * @category Query
 */
export interface ParagraphItems {
  /** Statistics stated or restated in the paragraph. */
  readonly statistics: readonly Statistic[];
  /** Quotes anchored in the paragraph. */
  readonly quotes: readonly Quote[];
  /** Policies reported in the paragraph. */
  readonly policies: readonly Policy[];
}

/**
 * Every statistic, quote and policy anchored in a paragraph.
 *
 * @param paragraphId - The paragraph.
 * @returns The items, each list in text order; a statistic restated in the paragraph (as in the
 *   headline) counts as anchored there.
 * @throws {UnknownIdError} When `paragraphId` is not a paragraph of the article (from untyped code).
 * @example
 * ```ts
 * import { itemsAt } from 'beijing-digital-economy';
 *
 * itemsAt('body-1').statistics.map((s) => s.statedAs);
 * //=> ['US$160 billion', '20%', 'top 20']
 * ```
 * @category Query
 */
export function itemsAt(paragraphId: ParagraphId): ParagraphItems {
  const { id } = findById(paragraphs, 'paragraph', paragraphId);
  const startHere = (anchors: readonly { paragraphId: string; start: number }[]) =>
    anchors.find((anchor) => anchor.paragraphId === id)?.start ?? -1;
  const byStart = <T>(
    items: readonly T[],
    anchorsOf: (item: T) => readonly { paragraphId: string; start: number }[],
  ) =>
    items
      .map((item) => ({ item, start: startHere(anchorsOf(item)) }))
      .filter((entry) => entry.start >= 0)
      .sort((a, b) => a.start - b.start)
      .map((entry) => entry.item);
  return {
    statistics: byStart(statistics, (s) => [s.source.anchor, ...(s.restatedAt ?? [])]),
    quotes: byStart(quotes, (q) => [q.anchor]),
    policies: byStart(policies, (p) => [p.anchor]),
  };
}
