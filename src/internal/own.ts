/**
 * The entry of a lookup table for a key from the data, or `undefined`: never a property the table
 * inherits from `Object.prototype` (a count `of: 'constructor'` is not a measure word).
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
