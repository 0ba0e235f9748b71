import { describeValue } from '../internal/describe-value.js';

/**
 * Thrown by the lookups (`getStatistic` and the others) when given an id the article does not
 * have. The message names the valid ids; `validIds` lists them.
 *
 *
 * @example
 * ```ts
 * import { getStatistic, UnknownIdError, type StatisticId } from 'beijing-digital-economy';
 *
 * let caught: unknown;
 * try { getStatistic('service-trade-volume-2020' as StatisticId); } catch (error) { caught = error; }
 * caught instanceof UnknownIdError ? caught.code : 'not thrown';
 * //=> 'ERR_UNKNOWN_ID'
 * ```
 * @category Errors
 */
export class UnknownIdError extends Error {
  /** Stable code for programs: `'ERR_UNKNOWN_ID'`. */
  readonly code = 'ERR_UNKNOWN_ID';
  override readonly name = 'UnknownIdError';

  /**
   * @param kind - What was looked up, e.g. `'statistic'`.
   * @param id - The id that was given, whatever its type.
   * @param validIds - The ids that would have been found.
   */
  constructor(
    readonly kind: string,
    readonly id: unknown,
    readonly validIds: readonly string[],
  ) {
    const given = typeof id === 'string' ? describeValue(id) : `${typeof id} ${describeValue(id)}`;
    super(
      `Unknown ${kind} id ${given}. Valid ${kind} ids: ${validIds.map((v) => JSON.stringify(v)).join(', ')}.`,
    );
  }
}
