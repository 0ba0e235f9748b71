import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { TextAnchor } from './text-anchor.js';
import type { PolicyStatus } from './vocabularies.js';

/**
 * A policy the article reports: who issues it, on what day (ISO 8601), whether it was `issued`
 * or is `announced`, the sentence that reports it (`anchor`, which contains the title), what it is
 * for (`purpose`, anchored) and the event where it is released (`venue`), where the text says.
 *
 * @example
 * ```ts
 * import { getPolicy, type Policy } from 'beijing-digital-economy';
 *
 * const policy: Policy = getPolicy('new-business-forms-and-models-opinions');
 * policy.supportingDocuments;
 * //=> 5
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Policy<Ids extends ArticleIds = BuiltInIds> {
  /** The policy's id. */
  readonly id: Ids['policy'];
  /** The title as the text gives it. */
  readonly title: string;
  /** The entities that issue it. */
  readonly issuedBy: readonly Ids['entity'][];
  /** The ISO 8601 day of issue (or of the announced issue). */
  readonly date: string;
  /** `issued`, or `announced` for a policy still to come. */
  readonly status: PolicyStatus;
  /** How many supporting documents come with it, where the text says. */
  readonly supportingDocuments?: number;
  /** The areas it focuses on, as the text lists them. */
  readonly focusAreas?: readonly string[];
  /** The sentence that reports it; it contains the title. */
  readonly anchor: TextAnchor<Ids>;
  /** What the text says the policy is for or does, each as the words that say it, in text order. */
  readonly purpose?: readonly TextAnchor<Ids>[];
  /** The event at which it is (or is to be) issued, where the text names one within `anchor`. */
  readonly venue?: Ids['entity'];
  /** Inferences (such as the year) and doubts. */
  readonly notes?: readonly Note[];
}
