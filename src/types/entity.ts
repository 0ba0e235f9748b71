import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { TextAnchor } from './text-anchor.js';
import type { EntityKind } from './vocabularies.js';
import type { WikidataLink } from './wikidata.js';

/**
 * A person, organisation, company, place, event or publication the article names, with every
 * place it is named (`mentions`, in text order) and what the text calls it (`designations`).
 *
 * @example
 * ```ts
 * import { getEntity, type Entity } from 'beijing-digital-economy';
 *
 * const entity: Entity = getEntity('huang-xinyu');
 * entity.mentions.length;
 * //=> 2
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Entity<Ids extends ArticleIds = BuiltInIds> {
  /** The entity's id. */
  readonly id: Ids['entity'];
  /** Person, organisation, company, place, event or publication. */
  readonly kind: EntityKind;
  /** The name, as the text writes it unless a note says otherwise. */
  readonly name: string;
  /** Its role in the report, e.g. "Chairman of the Beijing CPPCC". */
  readonly role?: string;
  /** Other names for it. */
  readonly aliases?: readonly string[];
  /** Inferences and doubts about who or what it is. */
  readonly notes?: readonly Note[];
  /** Every place the text names it, in text order. */
  readonly mentions: readonly TextAnchor<Ids>[];
  /**
   * What the text calls it (a status or title it holds, such as "a national science and
   * technology innovation center"), each as the words that say so, in text order.
   */
  readonly designations?: readonly TextAnchor<Ids>[];
  /** The Wikidata item that is this entity, with the page that shows its id; absent where no page read shows one. */
  readonly wikidata?: WikidataLink;
}
