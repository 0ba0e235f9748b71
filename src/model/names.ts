import { zhDisplayName } from '../internal/chinese.js';
import { own } from '../internal/own.js';
import { ENTITY_KIND_WORDS_ZH } from '../internal/words.js';
import type { Article, ArticleIds, Entity, EntityTranslation, Locale } from '../types/index.js';

// The one place where an entity is named for a reader. Every view names through these functions,
// and these read a locale's forms of an entity through `entityForms` alone: the Chinese forms come
// from the locale module the caller passes (`zhHans`), never from the data, which carries none.
// `forms` undefined means English.

/** The locale's forms of an entity, where the locale has them; none in English. */
export function entityForms(
  forms: Locale<ArticleIds> | undefined,
  entity: Pick<Entity<ArticleIds>, 'id'>,
): EntityTranslation | undefined {
  return forms === undefined ? undefined : own(forms.entities, entity.id);
}

/** The locale's name of an entity by id, as printed alone (marked （拼音） when it is Pinyin); none in English. */
export function displayNameIn(
  forms: Locale<ArticleIds> | undefined,
  id: string,
): string | undefined {
  const zh = entityForms(forms, { id });
  return zh === undefined ? undefined : zhDisplayName(zh);
}

/**
 * The entity's display name: the name as the text writes it, or the locale's form (marked
 * （拼音） when it is a name kept in Pinyin).
 */
export function displayName(
  entity: Entity<ArticleIds>,
  forms: Locale<ArticleIds> | undefined,
): string {
  const zh = entityForms(forms, entity);
  return zh === undefined ? entity.name : zhDisplayName(zh);
}

/** The entity's role in the locale's words, where it has one. */
export function displayRole(
  entity: Entity<ArticleIds>,
  forms: Locale<ArticleIds> | undefined,
): string | undefined {
  return entityForms(forms, entity)?.role?.text ?? entity.role;
}

/**
 * The entity with its kind and role, for a list: "Jilin (person; Chairman of …)", or in Chinese
 * 吉林（人物；北京市政协主席）. In Chinese a name kept in Pinyin says so, a short name follows the
 * full one, and the kind is the entity's own word where the general one does not fit:
 * Huang Xinyu（拼音；人物；新京报贝壳财经记者）, 中国国际服务贸易交易会（简称“服贸会”；活动）,
 * 习近平总书记重要讲话（讲话；…）.
 */
export function entityLabel(
  entity: Entity<ArticleIds>,
  forms: Locale<ArticleIds> | undefined,
): string {
  const role = displayRole(entity, forms);
  if (forms === undefined) return `${entity.name} (${entity.kind}${role ? `; ${role}` : ''})`;
  const zh = entityForms(forms, entity);
  const about = [
    zh?.name.provenance.kind === 'pinyin' ? '拼音' : '',
    zh?.shortName ? `简称“${zh.shortName.text}”` : '',
    zh?.kind?.text ?? own(ENTITY_KIND_WORDS_ZH, entity.kind) ?? entity.kind,
    role ?? '',
  ];
  return `${zh?.name.text ?? entity.name}（${about.filter(Boolean).join('；')}）`;
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

/** The name of an entity of `article` in the locale's words, or the id itself when there is no such entity. */
export function entityName(
  article: Pick<Article<ArticleIds>, 'entities'>,
  id: string,
  forms?: Locale<ArticleIds>,
): string {
  const entity = entitiesById(article).get(id);
  return entity === undefined ? id : displayName(entity, forms);
}
