import { deepStrictEqual } from 'node:assert';

/** ICU builds differ in the spaces they put in numbers; compare without that difference. */
const normalise = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/[\u00a0\u202f]/g, ' ')
    : Array.isArray(value)
      ? value.map(normalise)
      : value;

/** Fails, naming where, when an example's statement does not give the result it shows. */
export function __check(where: string, actual: unknown, expected: unknown): void {
  try {
    deepStrictEqual(
      normalise(JSON.parse(JSON.stringify(actual ?? null))),
      normalise(expected ?? null),
    );
  } catch {
    throw new Error(
      `${where}: the example shows ${JSON.stringify(expected)} but gives ${JSON.stringify(actual)}`,
    );
  }
}
