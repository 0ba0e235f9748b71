/**
 * `make()`, made at the first call and kept. A value that the package computes, made this way
 * inside a test rather than while the tests are collected: the mutation test counts code run
 * while the tests are collected as run by no test, and runs the whole suite for each of its
 * mutants (vitest.mutation.config.ts).
 */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
