import * as z from 'zod';
import { MAX_ID_LENGTH } from './vocabularies.js';
import { checkWellFormedText } from './well-formed-text.js';
import type {
  ArticleIds,
  ChineseForm,
  ChineseFormProvenance,
  ChineseFormSource,
  ChineseUnitForm,
  EntityTranslation,
  LocaleForms,
  MetadataTranslation,
  PolicyTranslation,
  StatisticTranslation,
} from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.

/** {@link ChineseFormSourceSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `ChineseFormSource`. */
export const chineseFormSourceDefinition = z
  .strictObject({
    /** The page's title (or, where the copy read shows none, what the page is). */
    title: z.string().min(1),
    /** The page's address. */
    url: z.url({ protocol: /^https?$/ }),
    /** The page's own words that write the form. */
    excerpt: z.string().min(1),
  })
  .readonly();

/**
 * Schema of a {@link ChineseFormSource}.
 *
 * @example
 * ```ts
 * import { ChineseFormSourceSchema } from 'beijing-digital-economy/schema';
 *
 * ChineseFormSourceSchema.safeParse({ title: '新京报', url: 'https://www.bjnews.com.cn/', excerpt: '新京报' }).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ChineseFormSourceSchema: z.ZodType<ChineseFormSource> = chineseFormSourceDefinition;

/** {@link ChineseFormProvenanceSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `ChineseFormProvenance`. */
export const chineseFormProvenanceDefinition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('attested'), source: ChineseFormSourceSchema }).readonly(),
  z
    .strictObject({ kind: z.literal('translated'), note: z.string().min(1).exactOptional() })
    .readonly(),
  z.strictObject({ kind: z.literal('pinyin'), reason: z.string().min(1) }).readonly(),
]);

/**
 * Schema of a {@link ChineseFormProvenance}.
 *
 * @example
 * ```ts
 * import { ChineseFormProvenanceSchema } from 'beijing-digital-economy/schema';
 *
 * ChineseFormProvenanceSchema.safeParse({ kind: 'translated' }).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ChineseFormProvenanceSchema: z.ZodType<ChineseFormProvenance> =
  chineseFormProvenanceDefinition;

const form = {
  /** The form in simplified Chinese characters (or Pinyin, for a name kept in Pinyin). */
  text: z.string().min(1),
  /** Where the form comes from. */
  provenance: ChineseFormProvenanceSchema,
};
const attestedWhereSaid = (value: {
  readonly text: string;
  readonly provenance: ChineseFormProvenance;
}) => value.provenance.kind !== 'attested' || value.provenance.source.excerpt.includes(value.text);
const attestedMessage = {
  message: 'an attested form must appear in its source’s excerpt',
  path: ['provenance', 'source', 'excerpt'],
};

/** {@link ChineseFormSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `ChineseForm`. */
export const chineseFormDefinition = z
  .strictObject(form)
  .refine(attestedWhereSaid, attestedMessage)
  .readonly();

/**
 * Schema of a {@link ChineseForm}.
 *
 * @example
 * ```ts
 * import { ChineseFormSchema } from 'beijing-digital-economy/schema';
 *
 * ChineseFormSchema.safeParse({ text: '北京', provenance: { kind: 'translated' } }).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ChineseFormSchema: z.ZodType<ChineseForm> = chineseFormDefinition;

/** {@link ChineseUnitFormSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `ChineseUnitForm`. */
export const chineseUnitFormDefinition = z
  .strictObject({
    ...form,
    /** The measure word that counts it (`家` for companies: 22家企业); none for a rank. */
    classifier: z.string().min(1).max(2).exactOptional(),
  })
  .refine(attestedWhereSaid, attestedMessage)
  .readonly();

/**
 * Schema of a {@link ChineseUnitForm}.
 *
 * @example
 * ```ts
 * import { ChineseUnitFormSchema } from 'beijing-digital-economy/schema';
 *
 * ChineseUnitFormSchema.safeParse({ text: '企业', classifier: '家', provenance: { kind: 'translated' } }).success;
 * //=> true
 * ```
 * @category Schema
 */
export const ChineseUnitFormSchema: z.ZodType<ChineseUnitForm> = chineseUnitFormDefinition;

/** {@link EntityTranslationSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `EntityTranslation`. */
export const entityTranslationDefinition = z
  .strictObject({
    /** The entity's name. */
    name: ChineseFormSchema,
    /** The name Chinese writing shortens it to (服贸会), where it has one. */
    shortName: ChineseFormSchema.exactOptional(),
    /** What it is, where the general word for its `kind` does not fit (讲话 for a speech, not 活动). */
    kind: ChineseFormSchema.exactOptional(),
    /** Its role in the report. */
    role: ChineseFormSchema.exactOptional(),
  })
  .readonly();

/**
 * Validates an {@link EntityTranslation}: the Chinese forms of an entity.
 *
 * @example
 * ```ts
 * import { EntityTranslationSchema } from 'beijing-digital-economy/schema';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * EntityTranslationSchema.safeParse(zhHans.entities.baidu).success;
 * //=> true
 * ```
 * @category Schema
 */
export const EntityTranslationSchema: z.ZodType<EntityTranslation> = entityTranslationDefinition;

/** {@link StatisticTranslationSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `StatisticTranslation`. */
export const statisticTranslationDefinition = z
  .strictObject({
    /** The statistic's label. */
    label: ChineseFormSchema,
    /** What is measured. */
    measure: ChineseFormSchema,
    /** What a count or rank is of (`unit.of`). */
    unitOf: ChineseUnitFormSchema.exactOptional(),
    /** The list or assessment the figure comes from (`source.via`). */
    via: ChineseFormSchema.exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link StatisticTranslation}: the Chinese forms of a statistic.
 *
 * @example
 * ```ts
 * import { StatisticTranslationSchema } from 'beijing-digital-economy/schema';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * StatisticTranslationSchema.safeParse(zhHans.statistics['service-trade-volume-2019']).success;
 * //=> true
 * ```
 * @category Schema
 */
export const StatisticTranslationSchema: z.ZodType<StatisticTranslation> =
  statisticTranslationDefinition;

/** {@link PolicyTranslationSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `PolicyTranslation`. */
export const policyTranslationDefinition = z
  .strictObject({
    /** The policy's title. */
    title: ChineseFormSchema,
    /** Its focus areas, in the order of `focusAreas`. */
    focusAreas: z.array(ChineseFormSchema).readonly().exactOptional(),
  })
  .readonly();

/**
 * Validates a {@link PolicyTranslation}: the Chinese forms of a policy.
 *
 * @example
 * ```ts
 * import { PolicyTranslationSchema } from 'beijing-digital-economy/schema';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * PolicyTranslationSchema.safeParse(zhHans.policies['new-business-forms-and-models-opinions']).success;
 * //=> true
 * ```
 * @category Schema
 */
export const PolicyTranslationSchema: z.ZodType<PolicyTranslation> = policyTranslationDefinition;

/** A key of a locale module's records: an id, a note's hash or a unit, bounded before it is read. */
const LocaleKeySchema = z.string().min(1).max(MAX_ID_LENGTH, { abort: true });

/** {@link MetadataTranslationSchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `MetadataTranslation`. */
export const metadataTranslationDefinition = z
  .strictObject({
    /** The site's section label, as the package shows it. */
    section: ChineseFormSchema,
    /** The contributors' roles, keyed by the English role (`reporter`). */
    roles: z.record(LocaleKeySchema, ChineseFormSchema).readonly(),
  })
  .readonly();

/**
 * Validates a {@link MetadataTranslation}: the Chinese forms of the metadata.
 *
 * @example
 * ```ts
 * import { MetadataTranslationSchema } from 'beijing-digital-economy/schema';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * MetadataTranslationSchema.safeParse(zhHans.metadata).success;
 * //=> true
 * ```
 * @category Schema
 */
export const MetadataTranslationSchema: z.ZodType<MetadataTranslation> =
  metadataTranslationDefinition;

/** {@link LocaleFormsSchema} as zod infers it; tests/types.test-d.ts proves it equal to `LocaleForms<ArticleIds>`. */
export const localeFormsDefinition = z
  .object({
    /** The BCP 47 tag of the locale's words (`zh-Hans`); numbers, dates and lists go through `Intl` in it. */
    code: z.string().min(1).max(MAX_ID_LENGTH),
    /** The id of the article whose items the forms are of; another article gets the words, the notes and the roles alone. */
    article: z.string().min(1).max(MAX_ID_LENGTH),
    /** The forms of the metadata: the section and the contributors' roles. */
    metadata: MetadataTranslationSchema,
    /** The forms of each entity, by id. */
    entities: z.record(LocaleKeySchema, EntityTranslationSchema).readonly(),
    /** The forms of each statistic, by id. */
    statistics: z.record(LocaleKeySchema, StatisticTranslationSchema).readonly(),
    /** The forms of each policy, by id. */
    policies: z.record(LocaleKeySchema, PolicyTranslationSchema).readonly(),
    /** The locale's text of every note, keyed by a hash of the note's English text. */
    notes: z.record(LocaleKeySchema, z.string().min(1)).readonly(),
    /** The measure word that counts each `unit.of` of the article's counts (`companies`: 家). */
    measureWords: z.record(LocaleKeySchema, z.string().min(1).max(2)).readonly(),
  })
  // The same guard as an article's: every string and key well-formed, without control characters.
  .superRefine(checkWellFormedText)
  .readonly();

/**
 * Validates {@link LocaleForms}: a locale module's forms of the items, with their provenance (an
 * attested form must appear in its source's words), its notes and measure words (its `words`,
 * which are functions, pass through unchecked).
 *
 * @example
 * ```ts
 * import { LocaleFormsSchema } from 'beijing-digital-economy/schema';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * LocaleFormsSchema.safeParse(zhHans).success;
 * //=> true
 * ```
 * @category Schema
 */
export const LocaleFormsSchema: z.ZodType<LocaleForms<ArticleIds>> = localeFormsDefinition;
