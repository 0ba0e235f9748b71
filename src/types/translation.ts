import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Comparator, Currency } from './vocabularies.js';

/**
 * A public page that writes a Chinese form exactly as the package gives it: its title, its URL and
 * the words of the page that contain the form (`excerpt`).
 *
 * @example
 * ```ts
 * import type { ChineseFormSource } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const provenance = zhHans.entities.jilin.name.provenance;
 * const source: ChineseFormSource | undefined = provenance.kind === 'attested' ? provenance.source : undefined;
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
 * import type { AttestedProvenance } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const provenance = zhHans.entities['beijing-news'].name.provenance;
 * const attested: AttestedProvenance | undefined = provenance.kind === 'attested' ? provenance : undefined;
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
 * import type { TranslatedProvenance } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const provenance = zhHans.statistics['service-trade-volume-2019'].label.provenance;
 * const translated: TranslatedProvenance | undefined = provenance.kind === 'translated' ? provenance : undefined;
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
 * import type { PinyinProvenance } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const provenance = zhHans.entities['huang-xinyu'].name.provenance;
 * const pinyin: PinyinProvenance | undefined = provenance.kind === 'pinyin' ? provenance : undefined;
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
 * import type { ChineseFormProvenance } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const provenance: ChineseFormProvenance = zhHans.entities['huang-xinyu'].name.provenance;
 * provenance.kind;
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
 * import type { ChineseForm } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const name: ChineseForm = zhHans.entities['beijing-news'].name;
 * name.text;
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
 * import type { ChineseUnitForm } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const of: ChineseUnitForm | undefined = zhHans.statistics['big-data-top-500-beijing-companies-2019'].unitOf;
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
 * The data of a locale module: the forms of the article's items in the locale's language, each
 * with its provenance, keyed by item id, its translation of every note, and the measure words of
 * the counts. `zhHans` (in `beijing-digital-economy/locale/zh-Hans`) is this data with the words
 * that frame it ({@link Locale}).
 *
 * @example
 * ```ts
 * import type { LocaleForms } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const forms: LocaleForms = zhHans;
 * forms.entities['service-trade-fair'].shortName?.text;
 * //=> '服贸会'
 * ```
 * @sortStrategy source-order
 * @category Locale
 */
export interface LocaleForms<Ids extends ArticleIds = BuiltInIds> {
  /** The BCP 47 tag of the locale's words (`zh-Hans`); numbers, dates and lists go through `Intl` in it. */
  readonly code: string;
  /**
   * The id of the article whose items these forms are of (the built-in article's). A view of
   * another article (`forArticle`, `toMarkdown`, `toWebAnnotations`, the command line's `--input`)
   * takes the locale's words, its notes and its contributor roles, but no form of an item, even
   * where its ids coincide with the built-in ones: its entities keep the names it gives them.
   */
  readonly article: string;
  /** The forms of the metadata: the section and the contributors' roles. */
  readonly metadata: MetadataTranslation;
  /** The forms of each entity, by id. */
  readonly entities: Readonly<Record<Ids['entity'], EntityTranslation>>;
  /** The forms of each statistic, by id. */
  readonly statistics: Readonly<Record<Ids['statistic'], StatisticTranslation>>;
  /** The forms of each policy, by id. */
  readonly policies: Readonly<Record<Ids['policy'], PolicyTranslation>>;
  /**
   * The locale's text of every note, this package's translation, keyed by a hash of the note's
   * English text (a reworded note has no translation until the package updates it). Read a note
   * through `formatNote(note, { locale })`.
   */
  readonly notes: Readonly<Record<string, string>>;
  /** The measure word that counts each `unit.of` of the article's counts (`companies`: 家). */
  readonly measureWords: Readonly<Record<string, string>>;
}

/**
 * How a locale's words sit around the numbers: what the formatters ask of a locale module beyond
 * its forms. The main entry holds the English ones; `zhHans` brings the Chinese.
 *
 * @example
 * ```ts
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * [zhHans.words.money(160_000_000_000, 'USD'), zhHans.words.comparators['more-than']];
 * //=> ['1600亿美元', '超过']
 * ```
 * @sortStrategy source-order
 * @category Locale
 */
export interface LocaleWords {
  /** A sum of money, as papers in the language print it (1600亿美元, 2868.9亿元). */
  readonly money: (value: number, currency: Currency) => string;
  /** A count, from its number in the locale and what it counts (`unit.of`), with the measure word the locale's `measureWords` give it: 22家. */
  readonly count: (number: string, of: string) => string;
  /** A rank, from its number in the locale and its value: 第一, 第12. */
  readonly ordinal: (number: string, value: number) => string;
  /** The word each comparator puts before a value (超过, 约); none for `exactly`. */
  readonly comparators: Readonly<Record<Comparator, string>>;
  /** A comparator's word and a value together (超过1600亿美元). */
  readonly join: (word: string, value: string) => string;
  /** "top N" (前20名). */
  readonly topRank: (value: string) => string;
  /** The period after a statistic (（2019年）). */
  readonly period: (period: string) => string;
  /** Whom a statistic is according to (，据吉林). */
  readonly accordingTo: (name: string) => string;
  /** What separates a label from its value (：). */
  readonly separator: string;
}

/**
 * A locale module: its forms of the article ({@link LocaleForms}) and its words
 * ({@link LocaleWords}). The package ships one, simplified Chinese, as `zhHans` in
 * `beijing-digital-economy/locale/zh-Hans`; pass it as the `locale` option of any formatter,
 * export, chart or `nameOf` to get Chinese. The main entry carries none of it, so a program that
 * never imports the locale never bundles it.
 *
 * @example
 * ```ts
 * import { formatStatistic, getStatistic, type Locale } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const locale: Locale = zhHans;
 * formatStatistic(getStatistic('service-trade-volume-2019'), { locale, label: false });
 * //=> '超过1600亿美元（2019年），据吉林'
 * ```
 * @sortStrategy source-order
 * @category Locale
 */
export interface Locale<Ids extends ArticleIds = BuiltInIds> extends LocaleForms<Ids> {
  /** How the locale's words sit around the numbers. */
  readonly words: LocaleWords;
}

/**
 * The Chinese forms of an entity: its `name`, its `shortName` and a word for its `kind` where it
 * needs them, and its `role`.
 *
 * @example
 * ```ts
 * import type { EntityTranslation } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const zh: EntityTranslation = zhHans.entities.jilin;
 * [zh.name.text, zh.role?.text];
 * //=> ['吉林', '北京市政协主席']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface EntityTranslation {
  /** The entity's name. */
  readonly name: ChineseForm;
  /** The name Chinese writing shortens it to (服贸会), where it has one. */
  readonly shortName?: ChineseForm;
  /** What it is, where the general word for its `kind` does not fit (讲话 for a speech, not 活动). */
  readonly kind?: ChineseForm;
  /** Its role in the report. */
  readonly role?: ChineseForm;
}

/**
 * The Chinese forms of a statistic: `label`, `measure`, what a count or rank is of (`unitOf`) and
 * the list it comes from (`via`).
 *
 * @example
 * ```ts
 * import type { StatisticTranslation } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const zh: StatisticTranslation = zhHans.statistics['service-trade-volume-2019'];
 * zh.label.text;
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
 * import type { PolicyTranslation } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const zh: PolicyTranslation = zhHans.policies['new-business-forms-and-models-opinions'];
 * zh.focusAreas?.length;
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
 * import type { MetadataTranslation } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const zh: MetadataTranslation = zhHans.metadata;
 * zh.roles['reporter']?.text;
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
