// Renames the ids of an article in the format, consistently: each item's id and every reference to
// it. Used to show that the format carries an article whose ids are not the built-in article's.

/** The fields that hold an id: an item's own `id`, and every field that refers to one. */
export const ID_FIELDS = [
  'id',
  'paragraphId',
  'subject',
  'attributedTo',
  'speaker',
  'about',
  'issuedBy',
  'venue',
  'publisher',
  'entity',
  'event',
] as const;

const isIdField = (key: string) => (ID_FIELDS as readonly string[]).includes(key);
/** Fields whose `id` is not an id of the article: an entity's Wikidata item (`Q956`). */
const OUTSIDE_IDS = ['wikidata'] as const;

/** A path into the article JSON, as zod and `ArticleValidationError` report it. */
export type JsonPath = readonly (string | number)[];

/** Every place that holds an id (the strings of the fields above), with its path. */
export function idSites(json: unknown, path: JsonPath = []): { path: JsonPath; id: string }[] {
  if (Array.isArray(json)) return json.flatMap((value, index) => idSites(value, [...path, index]));
  if (typeof json !== 'object' || json === null) return [];
  return Object.entries(json).flatMap(([key, value]) => {
    if ((OUTSIDE_IDS as readonly string[]).includes(key)) return [];
    const here = [...path, key];
    if (!isIdField(key)) return idSites(value, here);
    if (typeof value === 'string') return [{ path: here, id: value }];
    if (Array.isArray(value))
      return value.flatMap((item, index) =>
        typeof item === 'string' ? [{ path: [...here, index], id: item }] : [],
      );
    return idSites(value, here);
  });
}

/** A copy of `json` with the id at every site renamed by `rename`. */
export function renameIds<T>(json: T, rename: (id: string) => string): T {
  const copy = structuredClone(json);
  for (const { path, id } of idSites(copy)) setAt(copy, path, rename(id));
  return copy;
}

/** Sets the value at `path` of a JSON value, in place. */
export function setAt(json: unknown, path: JsonPath, value: unknown): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], json);
  (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}
