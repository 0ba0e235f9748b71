import { ENTITY_NAMES, ENTITY_NAMES_ZH_HANS } from '../generated/entity-names.js';
import type { Language } from '../internal/resolve-locale.js';

/** Names an entity by id in a language, or says it cannot (`undefined`). */
export type EntityNamer = (id: string, language: Language) => string | undefined;

/**
 * The built-in article's entity names: what the formatters name a speaker, a source or an issuer
 * with when no name is given. A small table rather than the entities, so that a bundle with one
 * formatter does not carry the article.
 */
export const builtInName: EntityNamer = (id, language) => {
  const chinese: Readonly<Record<string, string | undefined>> = ENTITY_NAMES_ZH_HANS;
  const english: Readonly<Record<string, string | undefined>> = ENTITY_NAMES;
  if (!Object.hasOwn(english, id)) return undefined;
  return (language === 'zh' ? chinese[id] : undefined) ?? english[id];
};
