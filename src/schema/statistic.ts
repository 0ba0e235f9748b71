import * as z from 'zod';
import { ComparatorSchema } from './comparator.js';
import { EntityIdSchema, StatisticIdSchema } from './ids.js';
import { IsoPeriodSchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { StatisticTranslationSchema, translationsSchema } from './translation.js';
import { UnitSchema } from './unit.js';

/**
 * Schema of a {@link StatisticSource}.
 *
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 * import { StatisticSourceSchema } from 'beijing-digital-economy/schema';
 *
 * StatisticSourceSchema.safeParse(getStatistic('service-trade-volume-2019').source).success;
 * //=> true
 * ```
 * @category Schema
 */
export const StatisticSourceSchema = z
  .strictObject({
    /** The entity the text credits with the figure. */
    attributedTo: EntityIdSchema,
    /** The list or assessment the figure comes from, where the text names one. */
    via: z.string().min(1).exactOptional(),
    /** The words that state the figure, comparator included. */
    anchor: TextAnchorSchema,
  })
  .readonly();

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
 * @category Data
 */
export type StatisticSource = z.infer<typeof StatisticSourceSchema>;

/**
 * Schema of a {@link Statistic}.
 *
 * @example
 * ```ts
 * import { getStatistic } from 'beijing-digital-economy';
 * import { StatisticSchema } from 'beijing-digital-economy/schema';
 *
 * StatisticSchema.safeParse(getStatistic('service-trade-volume-2019')).success;
 * //=> true
 * ```
 * @category Schema
 */
export const StatisticSchema = z
  .strictObject({
    /** The statistic's id. */
    id: StatisticIdSchema,
    /** A short English name for the figure. */
    label: z.string().min(1),
    /** What is measured, in the words of the text where it can be. */
    measure: z.string().min(1),
    /** The entity the figure is about. */
    subject: EntityIdSchema,
    /** The value in base units: whole currency units, percentage points, a rank position. */
    value: z.number(),
    /** What the value counts. */
    unit: UnitSchema,
    /** How the stated value relates to the true one, as the text words it. */
    comparator: ComparatorSchema,
    /** The ISO 8601 year, month or day the figure covers, where the text gives one. */
    period: IsoPeriodSchema.exactOptional(),
    /** The surface form of the figure, e.g. "US$160 billion"; part of the anchor. */
    statedAs: z.string().min(1),
    /** Who states the figure, and where. */
    source: StatisticSourceSchema,
    /** Other places the text states the same figure (the headline). */
    restatedAt: z.array(TextAnchorSchema).readonly().exactOptional(),
    /** Doubts about the figure: translation, inference, inconsistency, ambiguity. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
    /** Its label, measure, unit and source list in other languages (`zh-Hans`), each form with its provenance. */
    translations: translationsSchema(StatisticTranslationSchema).exactOptional(),
  })
  .readonly();

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
 * @category Data
 */
export type Statistic = z.infer<typeof StatisticSchema>;
