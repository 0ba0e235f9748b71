import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { ParagraphRole } from './vocabularies.js';

/**
 * One paragraph of the source, with its role and where it lies: `article.text.slice(start, end)
 * === text`. Joined with blank lines, the paragraphs give back the whole text. `notes` say where
 * its role is a reading (the section label and the comment form belong to the site that
 * republished the translation).
 *
 * @example
 * ```ts
 * import { getParagraph, type Paragraph } from 'beijing-digital-economy';
 *
 * const paragraph: Paragraph = getParagraph('headline');
 * paragraph.role;
 * //=> 'headline'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Paragraph<Ids extends ArticleIds = BuiltInIds> {
  /** The paragraph's id, which names its role: `lead`, `body-3`, … */
  readonly id: Ids['paragraph'];
  /** Its position, from 0. */
  readonly index: number;
  /** Section label, headline, lead, body, credits or boilerplate. */
  readonly role: ParagraphRole;
  /** Its text: `article.text.slice(start, end)`. */
  readonly text: string;
  /** Offset of its first character in the article text. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** What the paragraph is, where its role is a reading: e.g. that it is the republishing site's, not the report's. */
  readonly notes?: readonly Note[];
}
