/**
 * A public page that shows a Wikidata id for an entity: its title, its URL and the page's own
 * words that hold the id (`excerpt`).
 *
 * @example
 * ```ts
 * import { getEntity, type WikidataSource } from 'beijing-digital-economy';
 *
 * const source: WikidataSource | undefined = getEntity('beijing').wikidata?.source;
 * source?.excerpt.includes('Q956');
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface WikidataSource {
  /** The page's title, or for a file in a repository, the repository and the file's path. */
  readonly title: string;
  /** The page's address (for a file in a repository, at the commit that was read). */
  readonly url: string;
  /** The page's own words that hold the id, character for character. */
  readonly excerpt: string;
}

/**
 * The Wikidata item that is the same thing as an entity, with the public page that shows its id:
 * a key to join this data with everything else that uses Wikidata. Only entities for which a page
 * read shows the id carry one; no id is ever given from memory.
 *
 * @example
 * ```ts
 * import { getEntity, type WikidataLink } from 'beijing-digital-economy';
 *
 * const link: WikidataLink | undefined = getEntity('beijing').wikidata;
 * link?.id;
 * //=> 'Q956'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface WikidataLink {
  /** The item's id: `Q` and its number, e.g. `'Q956'`; its page is `https://www.wikidata.org/wiki/` and the id. */
  readonly id: string;
  /** The page that shows the id for this entity. */
  readonly source: WikidataSource;
  /** How the page ties the id to this entity, where its words alone leave room for doubt. */
  readonly note?: string;
}
