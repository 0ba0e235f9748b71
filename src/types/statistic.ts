import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { TextAnchor } from './text-anchor.js';
import type { Unit } from './unit.js';
import type { Comparator } from './vocabularies.js';

/**
 * Who states a figure (`attributedTo`), the list or assessment it comes from where the text
 * names one (`via`), and the characters that state it (`anchor`).
 *
 * @example
 * ```ts
 * import { getStatistic, type StatisticSource } from 'beijing-digital-economy';
 *
 * const source: StatisticSource = getStatistic('big-data-top-500-beijing-companies-2019').source;
 * source.via;
 * //=> '2019 China Top 500 Big Data Companies list'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface StatisticSource<Ids extends ArticleIds = BuiltInIds> {
  /** The entity the text credits with the figure. */
  readonly attributedTo: Ids['entity'];
  /** The list or assessment the figure comes from, where the text names one. */
  readonly via?: string;
  /** The words that state the figure, comparator included. */
  readonly anchor: TextAnchor<Ids>;
}

/**
 * One figure the text states, as it states it: `value` in base units (`160000000000` for
 * "US$160 billion"), the `comparator` its wording gives, the `period` it covers (ISO 8601) and
 * `statedAs`, the surface form within `source.anchor.exact`. `restatedAt` anchors the same
 * figure where the text repeats it (the headline); `notes` say where it is doubtful.
 *
 * @example
 * ```ts
 * import { getStatistic, type Statistic } from 'beijing-digital-economy';
 *
 * const statistic: Statistic = getStatistic('service-trade-volume-2019');
 * [statistic.value, statistic.comparator, statistic.statedAs];
 * //=> [160000000000, 'more-than', 'US$160 billion']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Statistic<Ids extends ArticleIds = BuiltInIds> {
  /** The statistic's id. */
  readonly id: Ids['statistic'];
  /** A short English name for the figure. */
  readonly label: string;
  /** What is measured, in the words of the text where it can be. */
  readonly measure: string;
  /** The entity the figure is about. */
  readonly subject: Ids['entity'];
  /** The value in base units: whole currency units, percentage points, a rank position. */
  readonly value: number;
  /** What the value counts. */
  readonly unit: Unit;
  /** How the stated value relates to the true one, as the text words it. */
  readonly comparator: Comparator;
  /** The ISO 8601 year, month or day the figure covers, where the text gives one. */
  readonly period?: string;
  /** The surface form of the figure, e.g. "US$160 billion"; part of the anchor. */
  readonly statedAs: string;
  /** Who states the figure, and where. */
  readonly source: StatisticSource<Ids>;
  /** Other places the text states the same figure (the headline). */
  readonly restatedAt?: readonly TextAnchor<Ids>[];
  /** Doubts about the figure: translation, inference, inconsistency, ambiguity. */
  readonly notes?: readonly Note[];
}
