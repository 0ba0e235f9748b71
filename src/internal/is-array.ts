/**
 * `Array.isArray` that keeps a readonly array's element type: the built-in guard narrows
 * `readonly T[]` to `any[]`, which would silently untype everything after the check.
 */
export const isArray: (value: unknown) => value is readonly unknown[] = Array.isArray;
