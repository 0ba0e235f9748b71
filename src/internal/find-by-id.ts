import { UnknownIdError } from '../errors/unknown-id-error.js';

/** The item of `items` whose id is `id`; throws {@link UnknownIdError} naming the valid ids. */
export function findById<Item extends { readonly id: string }>(
  items: readonly Item[],
  kind: string,
  id: unknown,
): Item {
  const found = items.find((item) => item.id === id);
  if (found === undefined)
    throw new UnknownIdError(
      kind,
      id,
      items.map((item) => item.id),
    );
  return found;
}
