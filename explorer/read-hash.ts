// What the address bar's hash names, read without a DOM (so that a test under Node reads it too).

/** At most `max` characters of what the address bar holds, for a message. */
const shortened = (value: string, max = 60) =>
  value.length > max ? `${value.slice(0, max)}…` : value;

/**
 * The item the URL's hash names, nothing for an empty hash, or why the hash names no item: a
 * malformed one (`#statistic/%`, which `decodeURIComponent` rejects) or one whose id the article
 * does not have. Never throws; a message quotes at most 60 characters of the hash.
 */
export function readHash<T>(
  hash: string,
  byKey: ReadonlyMap<string, T>,
): { readonly found: T } | { readonly problem: string } | Record<string, never> {
  if (hash === '' || hash === '#') return {};
  let key: string;
  try {
    key = decodeURIComponent(hash.slice(1));
  } catch {
    return {
      problem: `The link “${shortened(hash)}” is malformed (a “%” must start an escape such as %2F), so no item is shown.`,
    };
  }
  const found = byKey.get(key);
  if (found !== undefined) return { found };
  return {
    problem: `The link “${shortened(hash)}” names no item of the article, so none is shown. Links look like #statistic/<id>, #quote/<id>, #policy/<id>, #entity/<id>/<n> or #metadata/datePublished.`,
  };
}
