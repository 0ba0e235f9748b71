/**
 * The item of `items` with the id `id`, found in the data itself rather than by the package's
 * lookups: for values that a test file makes while its tests are collected, where code of the
 * package must not run (tests/support/lazy.ts says why).
 */
export function byId<T extends { readonly id: string }>(items: readonly T[], id: T['id']): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no item has the id ${JSON.stringify(id)}`);
  return found;
}
