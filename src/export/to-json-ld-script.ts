import type { Article, ArticleIds } from '../types/index.js';
import { scriptSafeJson } from '../internal/script-safe-json.js';
import { toJSONLD } from './to-json-ld.js';

/**
 * {@link toJSONLD}'s document as JSON text that can go inside an HTML
 * `<script type="application/ld+json">` element unchanged in meaning: `<`, `>`, `&`, U+2028 and
 * U+2029 are written as `\u` escapes, so no text in the data can close the element, open a
 * comment or break a line inside a string.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns The JSON text; `JSON.parse` of it equals `toJSONLD(article)`.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code).
 * @example
 * ```ts
 * import { article, toJSONLDScript } from 'beijing-digital-economy';
 *
 * JSON.parse(toJSONLDScript(article))['@context'];
 * //=> 'https://schema.org'
 * ```
 * @category Export
 */
export function toJSONLDScript(article: Article<ArticleIds>): string {
  return scriptSafeJson(toJSONLD(article));
}
