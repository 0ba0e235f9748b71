/**
 * A public page that writes a Chinese form exactly as the package gives it: its title, its URL and
 * the words of the page that contain the form (`excerpt`).
 *
 * @example
 * ```ts
 * import { getEntity, type ChineseFormSource } from 'beijing-digital-economy';
 *
 * const provenance = getEntity('jilin').translations?.['zh-Hans']?.name.provenance;
 * const source: ChineseFormSource | undefined = provenance?.kind === 'attested' ? provenance.source : undefined;
 * source?.excerpt.includes('吉林');
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface ChineseFormSource {
  /** The page's title (or, where the copy read shows none, what the page is). */
  readonly title: string;
  /** The page's address. */
  readonly url: string;
  /** The page's own words that write the form. */
  readonly excerpt: string;
}

/**
 * A form that a public page writes so: the page is named in `source`.
 *
 * @example
 * ```ts
 * import { getEntity, type AttestedProvenance } from 'beijing-digital-economy';
 *
 * const provenance = getEntity('beijing-news').translations?.['zh-Hans']?.name.provenance;
 * const attested: AttestedProvenance | undefined = provenance?.kind === 'attested' ? provenance : undefined;
 * attested?.source.excerpt.includes('新京报');
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface AttestedProvenance {
  /** Always `attested`. */
  readonly kind: 'attested';
  /** The page that writes the form. */
  readonly source: ChineseFormSource;
}

/**
 * A form this package renders itself, with a `note` where it helps.
 *
 * @example
 * ```ts
 * import { getStatistic, type TranslatedProvenance } from 'beijing-digital-economy';
 *
 * const provenance = getStatistic('service-trade-volume-2019').translations?.['zh-Hans']?.label.provenance;
 * const translated: TranslatedProvenance | undefined = provenance?.kind === 'translated' ? provenance : undefined;
 * translated?.kind;
 * //=> 'translated'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface TranslatedProvenance {
  /** Always `translated`. */
  readonly kind: 'translated';
  /** Why this rendering, where it is not obvious. */
  readonly note?: string;
}

/**
 * A person's name kept in Pinyin, because no page read attests its characters.
 *
 * @example
 * ```ts
 * import { getEntity, type PinyinProvenance } from 'beijing-digital-economy';
 *
 * const provenance = getEntity('huang-xinyu').translations?.['zh-Hans']?.name.provenance;
 * const pinyin: PinyinProvenance | undefined = provenance?.kind === 'pinyin' ? provenance : undefined;
 * pinyin?.kind;
 * //=> 'pinyin'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface PinyinProvenance {
  /** Always `pinyin`. */
  readonly kind: 'pinyin';
  /** Why the name stays in Pinyin. */
  readonly reason: string;
}

/**
 * Where a Chinese form comes from: `attested` (a public page writes it so, named in `source`),
 * `translated` (this package's own rendering, with a `note` where it helps), or `pinyin` (a
 * person's name kept in Pinyin because no page read attests its characters; `reason` says so).
 *
 * @example
 * ```ts
 * import { getEntity, type ChineseFormProvenance } from 'beijing-digital-economy';
 *
 * const provenance: ChineseFormProvenance | undefined = getEntity('huang-xinyu').translations?.['zh-Hans']?.name.provenance;
 * provenance?.kind;
 * //=> 'pinyin'
 * ```
 * @category Data
 */
export type ChineseFormProvenance = AttestedProvenance | TranslatedProvenance | PinyinProvenance;

/**
 * One name or label in Chinese (`text`), with where it comes from (`provenance`). An attested
 * form appears, character for character, in its source's excerpt.
 *
 * @example
 * ```ts
 * import { getEntity, type ChineseForm } from 'beijing-digital-economy';
 *
 * const name: ChineseForm | undefined = getEntity('beijing-news').translations?.['zh-Hans']?.name;
 * name?.text;
 * //=> '新京报'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface ChineseForm {
  /** The form in simplified Chinese characters (or Pinyin, for a name kept in Pinyin). */
  readonly text: string;
  /** Where the form comes from. */
  readonly provenance: ChineseFormProvenance;
}

/**
 * What a count or rank is of, in Chinese, with the measure word (`classifier`) that counts it.
 *
 * @example
 * ```ts
 * import { getStatistic, type ChineseUnitForm } from 'beijing-digital-economy';
 *
 * const of: ChineseUnitForm | undefined = getStatistic('big-data-top-500-beijing-companies-2019').translations?.['zh-Hans']?.unitOf;
 * [of?.classifier, of?.text];
 * //=> ['家', '企业']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface ChineseUnitForm {
  /** What is counted or ranked, in simplified Chinese characters. */
  readonly text: string;
  /** Where the form comes from. */
  readonly provenance: ChineseFormProvenance;
  /** The measure word that counts it (`家` for companies: 22家企业); none for a rank. */
  readonly classifier?: string;
}

/**
 * An item's forms in other languages, keyed by BCP 47 tag. Only simplified Chinese (`zh-Hans`)
 * is carried so far.
 *
 * @example
 * ```ts
 * import { getEntity, type EntityTranslation, type Translations } from 'beijing-digital-economy';
 *
 * const translations: Translations<EntityTranslation> | undefined = getEntity('baidu').translations;
 * translations?.['zh-Hans']?.name.text;
 * //=> '百度'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Translations<Forms> {
  /** The forms in simplified Chinese. */
  readonly 'zh-Hans'?: Forms;
}

/**
 * The Chinese forms of an entity: its `name` and `role`.
 *
 * @example
 * ```ts
 * import { getEntity, type EntityTranslation } from 'beijing-digital-economy';
 *
 * const zh: EntityTranslation | undefined = getEntity('jilin').translations?.['zh-Hans'];
 * [zh?.name.text, zh?.role?.text];
 * //=> ['吉林', '北京市政协主席']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface EntityTranslation {
  /** The entity's name. */
  readonly name: ChineseForm;
  /** Its role in the report. */
  readonly role?: ChineseForm;
}

/**
 * The Chinese forms of a statistic: `label`, `measure`, what a count or rank is of (`unitOf`) and
 * the list it comes from (`via`).
 *
 * @example
 * ```ts
 * import { getStatistic, type StatisticTranslation } from 'beijing-digital-economy';
 *
 * const zh: StatisticTranslation | undefined = getStatistic('service-trade-volume-2019').translations?.['zh-Hans'];
 * zh?.label.text;
 * //=> '服务贸易进出口总额'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface StatisticTranslation {
  /** The statistic's label. */
  readonly label: ChineseForm;
  /** What is measured. */
  readonly measure: ChineseForm;
  /** What a count or rank is of (`unit.of`). */
  readonly unitOf?: ChineseUnitForm;
  /** The list or assessment the figure comes from (`source.via`). */
  readonly via?: ChineseForm;
}

/**
 * The Chinese forms of a policy: its `title` and `focusAreas`.
 *
 * @example
 * ```ts
 * import { getPolicy, type PolicyTranslation } from 'beijing-digital-economy';
 *
 * const zh: PolicyTranslation | undefined = getPolicy('new-business-forms-and-models-opinions').translations?.['zh-Hans'];
 * zh?.focusAreas?.length;
 * //=> 5
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface PolicyTranslation {
  /** The policy's title. */
  readonly title: ChineseForm;
  /** Its focus areas, in the order of `focusAreas`. */
  readonly focusAreas?: readonly ChineseForm[];
}

/**
 * The Chinese forms of the metadata: the `section` and the contributors' `roles`.
 *
 * @example
 * ```ts
 * import { metadata, type MetadataTranslation } from 'beijing-digital-economy';
 *
 * const zh: MetadataTranslation | undefined = metadata.translations?.['zh-Hans'];
 * zh?.roles['reporter']?.text;
 * //=> '记者'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface MetadataTranslation {
  /** The site's section label, as the package shows it. */
  readonly section: ChineseForm;
  /** The contributors' roles, keyed by the English role (`reporter`). */
  readonly roles: Readonly<Record<string, ChineseForm>>;
}
