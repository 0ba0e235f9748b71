import * as z from 'zod';
import { ComparatorSchema } from './comparator.js';
import { EntityIdSchema, StatisticIdSchema } from './ids.js';
import { IsoPeriodSchema } from './iso-date.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { UnitSchema } from './unit.js';
import type { ArticleIds, Statistic, StatisticSource } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link StatisticSourceSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `StatisticSource`. */
export const statisticSourceDefinition = z
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
 * Validates a {@link StatisticSource}: the entity credited with the figure and the anchor that
 * states it. Unknown keys are errors.
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
export const StatisticSourceSchema: z.ZodType<StatisticSource<ArticleIds>> =
  statisticSourceDefinition;

/** {@link StatisticSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Statistic`. */
export const statisticDefinition = z
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
  })
  .readonly();

/**
 * Validates a {@link Statistic}: ids of this article, a unit and comparator from their closed
 * lists, a real ISO 8601 `period`, and its anchors. Unknown keys are errors.
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
export const StatisticSchema: z.ZodType<Statistic<ArticleIds>> = statisticDefinition;
