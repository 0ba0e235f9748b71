/**
 * Thrown by the query and format helpers when an option or argument is not one they accept: an
 * unknown filter key, a value outside its list, an anchor that is not in the article. The message
 * names what was wrong and what would be right.
 *
 *
 * @example
 * ```ts
 * import { formatValue, InvalidOptionError } from 'beijing-digital-economy';
 *
 * let caught: unknown;
 * try { formatValue(Number.NaN, { kind: 'percent' }); } catch (error) { caught = error; }
 * caught instanceof InvalidOptionError ? caught.message : 'not thrown';
 * //=> 'value: got NaN; expected a finite number'
 * ```
 * @category Errors
 */
export class InvalidOptionError extends Error {
  /** Stable code for programs: `'ERR_INVALID_OPTION'`. */
  readonly code = 'ERR_INVALID_OPTION';
  override readonly name = 'InvalidOptionError';

  /**
   * @param option - The option or argument at fault, e.g. `'filter.unitKind'`.
   * @param problem - What is wrong with it and what would be right.
   */
  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`${option}: ${problem}`);
  }
}
