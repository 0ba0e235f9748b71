import type { NoteKind } from './vocabularies.js';

/**
 * A remark attached to an item where the package had to interpret the source: a doubtful
 * translation, an inference, figures that do not add up, or wording that allows two readings.
 *
 * @example
 * ```ts
 * import { getStatistic, type Note } from 'beijing-digital-economy';
 *
 * const notes: readonly Note[] = getStatistic('big-data-top-500-national-share-2019').notes ?? [];
 * notes.map((note) => note.kind);
 * //=> ['inconsistency', 'inference', 'inference']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Note {
  /** What sort of doubt: translation, inference, inconsistency or ambiguity. */
  readonly kind: NoteKind;
  /** The doubt, explained. */
  readonly text: string;
}
