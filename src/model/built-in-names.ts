import { ENTITY_NAMES } from '../generated/entity-names.js';
import type { ArticleIds, Locale } from '../types/index.js';
import { displayNameIn } from './names.js';

/** Names an entity by id in a locale (English when `forms` is absent), or says it cannot (`undefined`). */
export type EntityNamer = (id: string, forms?: Locale<ArticleIds>) => string | undefined;

/**
 * The built-in article's entity names: what the formatters name a speaker, a source or an issuer
 * with when no name is given. A small table of the English names rather than the entities, so that
 * a bundle with one formatter does not carry the article; the Chinese names come with the locale
 * module the caller passes.
 */
export const builtInName: EntityNamer = (id, forms) => {
  const english: Readonly<Record<string, string | undefined>> = ENTITY_NAMES;
  if (!Object.hasOwn(english, id)) return undefined;
  return displayNameIn(forms, id) ?? english[id];
};
