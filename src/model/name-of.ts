import { entities } from '../generated/article-data.js';
import type { EntityId } from '../generated/ids.js';
import { checkOptions, requireText } from '../internal/check-options.js';
import { findById } from '../internal/find-by-id.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { ArticleIds, Entity } from '../types/index.js';
import { displayName } from './names.js';

/**
 * Options of {@link nameOf}.
 *
 * @example
 * ```ts
 * import { nameOf, type NameOfOptions } from 'beijing-digital-economy';
 *
 * const options: NameOfOptions = { locale: 'zh-CN' };
 * nameOf('beijing-municipal-government', options);
 * //=> '北京市人民政府'
 * ```
 * @sortStrategy source-order
 * @category Model
 */
export interface NameOfOptions {
  /** A BCP 47 locale: Chinese forms for Chinese in simplified characters (`zh-CN`), the English name otherwise. @defaultValue `'en'` */
  readonly locale?: string;
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
  const locale =
    options?.locale === undefined ? 'en' : requireText('options.locale', options.locale);
  return displayName(findById(all, 'entity', id), resolveLocale(locale).language);
}

/**
 * An entity's display name in a locale: the name as the text writes it, or its Chinese form for a
 * Chinese locale in simplified characters. Every formatter, export, the command line and the
 * explorer name entities through it.
 *
 * @param id - The entity.
 * @param options - The locale.
 * @returns The name.
 * @throws {UnknownIdError} When `id` is not an entity of the article (from untyped code), naming
 *   the valid ids.
 * @throws {InvalidOptionError} When an option is unknown or `locale` is not a string.
 * @example
 * ```ts
 * import { nameOf } from 'beijing-digital-economy';
 *
 * [nameOf('jilin'), nameOf('jilin', { locale: 'zh-CN' })];
 * //=> ['Jilin', '吉林']
 * ```
 * @category Model
 */
export function nameOf(id: EntityId, options?: NameOfOptions): string {
  return nameOfIn(entities, id, options);
}
