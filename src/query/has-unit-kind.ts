import { checkOneOf } from '../internal/check-options.js';
import { UNIT_KINDS } from '../internal/vocabulary.js';
import type { ArticleIds, Statistic, UnitKind } from '../types/index.js';
import type { StatisticOfUnit } from './find-statistics.js';

/**
 * Whether a statistic's unit is of the given kind; a type guard, so that inside the check the
 * unit's own fields (`currency`, `of`) need no further test.
 *
 * @param statistic - A statistic of the built-in article or of one read with `parseArticle`.
 * @param kind - `'percent'`, `'currency'`, `'count'`, `'rank'` or `'years'`.
 * @returns `true` when `statistic.unit.kind === kind`.
 * @throws {InvalidOptionError} When `kind` is not a unit kind.
 * @example
 * ```ts
 * import { hasUnitKind, statistics } from 'beijing-digital-economy';
 *
 * statistics.filter((s) => hasUnitKind(s, 'currency')).map((s) => s.unit.currency);
 * //=> ['USD', 'CNY']
 * ```
 * @category Query
 */
export function hasUnitKind<Kind extends UnitKind, Ids extends ArticleIds>(
  statistic: Statistic<Ids>,
  kind: Kind,
): statistic is StatisticOfUnit<Kind, Ids> {
  checkOneOf('kind', kind, UNIT_KINDS);
  return statistic.unit.kind === kind;
}
