import { statistics } from '../generated/article-data.js';
import type { StatisticId } from '../generated/ids.js';
import { findById } from '../internal/find-by-id.js';
import type { Statistic } from '../types/index.js';

/**
 * Looks up one statistic of the article by its id.
 *
 * @param id - The statistic's id; a typo is a compile error, since {@link StatisticId} is a union of literals.
 * @returns The statistic, deeply frozen.
 * @throws {UnknownIdError} When `id` is not a statistic id of the article (from untyped code); the
 *   message names every valid id.
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 *
 * getStatistic('service-trade-volume-2019').value;
 * //=> 160000000000
 * ```
 * @category Lookup
 */
export function getStatistic(id: StatisticId): Statistic {
  return findById(statistics, 'statistic', id);
}
