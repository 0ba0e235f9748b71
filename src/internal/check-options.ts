import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { describeValue } from './describe-value.js';

/**
 * Checks an options object from untyped code: an object (or nothing), with no key outside
 * `known`. A misspelt option would otherwise be ignored and give silently wrong output.
 */
export function checkOptions(name: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionError(
      name,
      `expected an object of options, got ${options === null ? 'null' : typeof options}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidOptionError(
        `${name}.${key}`,
        `unknown option; the options are ${known.map((k) => `"${k}"`).join(', ')}`,
      );
    }
  }
}

/** Checks that `value` is one of `allowed`, naming them when it is not. */
export function checkOneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw new InvalidOptionError(
      name,
      `got ${describeValue(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
    );
  }
}

/** Returns `value` when it is a string; otherwise throws, naming the field. */
export function requireText(name: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new InvalidOptionError(name, `got ${describeValue(value)}; expected a string`);
  return value;
}
