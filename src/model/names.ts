import { zhHans } from '../internal/chinese.js';
import type { Language } from '../internal/resolve-locale.js';
import { ENTITY_KIND_WORDS_ZH } from '../internal/words.js';
import type { Article, ArticleIds, Entity } from '../types/index.js';

// The one place where an entity is named for a reader. Every view names through these functions,
// so that a locale's forms (today the Chinese forms in `translations`) are read in one place.

/** The entity's display name in the language: its Chinese form for `zh` where it has one. */
export function displayName(entity: Entity<ArticleIds>, language: Language): string {
  return (language === 'zh' ? zhHans(entity)?.name.text : undefined) ?? entity.name;
}

/** The entity's role in the language, where it has one. */
export function displayRole(entity: Entity<ArticleIds>, language: Language): string | undefined {
  return (language === 'zh' ? zhHans(entity)?.role?.text : undefined) ?? entity.role;
}

/**
 * The entity with its kind and role, for a list: "Jilin (person; Chairman of …)", or in Chinese
 * 吉林（人物；北京市政协主席）.
 */
export function entityLabel(entity: Entity<ArticleIds>, language: Language): string {
  const role = displayRole(entity, language);
  if (language === 'en') return `${entity.name} (${entity.kind}${role ? `; ${role}` : ''})`;
  return `${displayName(entity, language)}（${ENTITY_KIND_WORDS_ZH[entity.kind] ?? entity.kind}${role ? `；${role}` : ''}）`;
}

const indexes = new WeakMap<object, ReadonlyMap<string, Entity<ArticleIds>>>();

/** The article's entities by id, built once per article. */
export function entitiesById(
  article: Pick<Article<ArticleIds>, 'entities'>,
): ReadonlyMap<string, Entity<ArticleIds>> {
  let index = indexes.get(article.entities);
  if (index === undefined) {
    index = new Map(article.entities.map((entity) => [entity.id, entity]));
    indexes.set(article.entities, index);
  }
  return index;
}

/** The name of an entity of `article` in the language, or the id itself when there is no such entity. */
export function entityName(
  article: Pick<Article<ArticleIds>, 'entities'>,
  id: string,
  language: Language = 'en',
): string {
  const entity = entitiesById(article).get(id);
  return entity === undefined ? id : displayName(entity, language);
}
