import * as z from 'zod';
import { ComparatorSchema } from './comparator.js';
import { EntityIdSchema, StatisticIdSchema } from './ids.js';
import { IsoPeriodSchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
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
    attributedTo: EntityIdSchema,
    via: z.string().min(1).exactOptional(),
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
    id: StatisticIdSchema,
    label: z.string().min(1),
    measure: z.string().min(1),
    subject: EntityIdSchema,
    value: z.number(),
    unit: UnitSchema,
    comparator: ComparatorSchema,
    period: IsoPeriodSchema.exactOptional(),
    statedAs: z.string().min(1),
    source: StatisticSourceSchema,
    restatedAt: z.array(TextAnchorSchema).readonly().exactOptional(),
    notes: z.array(NoteSchema).readonly().exactOptional(),
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
