import { entities } from '../generated/article-data.js';
import type { EntityId } from '../generated/ids.js';
import { checkOptions } from '../internal/check-options.js';
import { findById } from '../internal/find-by-id.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { ArticleIds, Entity, Locale } from '../types/index.js';
import { displayName } from './names.js';

/**
 * Options of {@link nameOf}.
 *
 * @example
 * ```ts
 * import { nameOf, type NameOfOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: NameOfOptions = { locale: zhHans };
 * nameOf('beijing-municipal-government', options);
 * //=> '北京市人民政府'
 * ```
 * @sortStrategy source-order
 * @category Model
 */
export interface NameOfOptions {
  /** A BCP 47 tag for the English name (`'en'`), or a locale module's object for its forms: `zhHans` from `beijing-digital-economy/locale/zh-Hans` for the Chinese name. A tag that asks for Chinese (`'zh-CN'`) throws an error naming that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
}

/**
 * {@link nameOf} over any article's entities.
 *
 * @internal
 */
export function nameOfIn<Ids extends ArticleIds>(
  all: readonly Entity<Ids>[],
  id: Ids['entity'],
  options: NameOfOptions | undefined,
): string {
  checkOptions('options', options, ['locale']);
  const locale = options?.locale;
  return displayName(findById(all, 'entity', id), resolveLocale(locale).forms);
}

/**
 * An entity's display name in a locale: the name as the text writes it, or its Chinese form when
 * the locale is the Chinese module's `zhHans` (a name kept in Pinyin marked （拼音）). Every
 * formatter, export, the command line and the explorer name entities through it.
 *
 * @param id - The entity.
 * @param options - The locale.
 * @returns The name.
 * @throws {UnknownIdError} When `id` is not an entity of the article (from untyped code), naming
 *   the valid ids.
 * @throws {InvalidOptionError} When an option is unknown, `locale` is neither a tag nor a locale
 *   module's object, or is a tag that asks for Chinese (the error names the import that gives it).
 * @example
 * ```ts
 * import { nameOf } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * [nameOf('jilin'), nameOf('jilin', { locale: zhHans }), nameOf('huang-xinyu', { locale: zhHans })];
 * //=> ['Jilin', '吉林', 'Huang Xinyu（拼音）']
 * ```
 * @category Model
 */
export function nameOf(id: EntityId, options?: NameOfOptions): string {
  return nameOfIn(entities, id, options);
}
