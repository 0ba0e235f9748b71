// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.

/**
 * Every paragraph id in the article, in text order.
 *
 * @example
 * ```ts
 * import { PARAGRAPH_IDS } from 'beijing-digital-economy';
 *
 * PARAGRAPH_IDS[0];
 * //=> "section"
 * ```
 * @category Data
 */
export const PARAGRAPH_IDS = /*#__PURE__*/ Object.freeze([
  "section",
  "headline",
  "lead",
  "body-1",
  "body-2",
  "body-3",
  "body-4",
  "body-5",
  "body-6",
  "body-7",
  "body-8",
  "credits",
  "comment-form-title",
  "comment-form-notice"
] as const satisfies readonly ParagraphId[]);

/**
 * The id of one paragraph of the article: a union of literals, so a typo fails to compile.
 *
 * @example
 * ```ts
 * import { getParagraph, type ParagraphId } from 'beijing-digital-economy';
 *
 * const id: ParagraphId = "section";
 * getParagraph(id).id;
 * //=> "section"
 * ```
 * @category Data
 */
export type ParagraphId =
  | "section"
  | "headline"
  | "lead"
  | "body-1"
  | "body-2"
  | "body-3"
  | "body-4"
  | "body-5"
  | "body-6"
  | "body-7"
  | "body-8"
  | "credits"
  | "comment-form-title"
  | "comment-form-notice";

/**
 * Every entity id in the article, in text order.
 *
 * @example
 * ```ts
 * import { ENTITY_IDS } from 'beijing-digital-economy';
 *
 * ENTITY_IDS[0];
 * //=> "jilin"
 * ```
 * @category Data
 */
export const ENTITY_IDS = /*#__PURE__*/ Object.freeze([
  "jilin",
  "huang-xinyu",
  "wang-jinyu",
  "zhao-lin",
  "xi-jinping",
  "beijing",
  "zhongguancun-software-park",
  "beijing-cppcc",
  "beijing-municipal-party-committee",
  "beijing-municipal-government",
  "state-council",
  "beijing-news",
  "shell-finance",
  "beijing-digital-technology-enterprise-yunji",
  "xiaomi",
  "meituan",
  "baidu",
  "china-top-500-big-data-companies-2019",
  "digital-trade-forum",
  "service-trade-fair",
  "jinping-important-speech"
] as const satisfies readonly EntityId[]);

/**
 * The id of one entity of the article: a union of literals, so a typo fails to compile.
 *
 * @example
 * ```ts
 * import { getEntity, type EntityId } from 'beijing-digital-economy';
 *
 * const id: EntityId = "jilin";
 * getEntity(id).id;
 * //=> "jilin"
 * ```
 * @category Data
 */
export type EntityId =
  | "jilin"
  | "huang-xinyu"
  | "wang-jinyu"
  | "zhao-lin"
  | "xi-jinping"
  | "beijing"
  | "zhongguancun-software-park"
  | "beijing-cppcc"
  | "beijing-municipal-party-committee"
  | "beijing-municipal-government"
  | "state-council"
  | "beijing-news"
  | "shell-finance"
  | "beijing-digital-technology-enterprise-yunji"
  | "xiaomi"
  | "meituan"
  | "baidu"
  | "china-top-500-big-data-companies-2019"
  | "digital-trade-forum"
  | "service-trade-fair"
  | "jinping-important-speech";

/**
 * Every statistic id in the article, in text order.
 *
 * @example
 * ```ts
 * import { STATISTIC_IDS } from 'beijing-digital-economy';
 *
 * STATISTIC_IDS[0];
 * //=> "digital-economy-share-of-gdp-2019"
 * ```
 * @category Data
 */
export const STATISTIC_IDS = /*#__PURE__*/ Object.freeze([
  "digital-economy-share-of-gdp-2019",
  "digital-economy-share-of-gdp-national-rank-2019",
  "service-trade-volume-2019",
  "service-trade-share-of-national-2019",
  "service-trade-global-rank",
  "zhongguancun-software-park-headquarters",
  "zhongguancun-software-park-output-2019",
  "big-data-top-500-beijing-companies-2019",
  "big-data-top-500-national-share-2019",
  "big-data-top-500-national-rank-2019",
  "industrial-enterprises-cloud-platform-access-rate",
  "business-environment-national-rank",
  "business-environment-first-place-years"
] as const satisfies readonly StatisticId[]);

/**
 * The id of one statistic of the article: a union of literals, so a typo fails to compile.
 *
 * @example
 * ```ts
 * import { getStatistic, type StatisticId } from 'beijing-digital-economy';
 *
 * const id: StatisticId = "digital-economy-share-of-gdp-2019";
 * getStatistic(id).id;
 * //=> "digital-economy-share-of-gdp-2019"
 * ```
 * @category Data
 */
export type StatisticId =
  | "digital-economy-share-of-gdp-2019"
  | "digital-economy-share-of-gdp-national-rank-2019"
  | "service-trade-volume-2019"
  | "service-trade-share-of-national-2019"
  | "service-trade-global-rank"
  | "zhongguancun-software-park-headquarters"
  | "zhongguancun-software-park-output-2019"
  | "big-data-top-500-beijing-companies-2019"
  | "big-data-top-500-national-share-2019"
  | "big-data-top-500-national-rank-2019"
  | "industrial-enterprises-cloud-platform-access-rate"
  | "business-environment-national-rank"
  | "business-environment-first-place-years";

/**
 * Every quote id in the article, in text order.
 *
 * @example
 * ```ts
 * import { QUOTE_IDS } from 'beijing-digital-economy';
 *
 * QUOTE_IDS[0];
 * //=> "headline-digital-economy-share"
 * ```
 * @category Data
 */
export const QUOTE_IDS = /*#__PURE__*/ Object.freeze([
  "headline-digital-economy-share",
  "jilin-digital-economy-share",
  "jilin-service-trade",
  "jilin-park-output",
  "jilin-key-digital-technologies",
  "jilin-digital-transformation",
  "jilin-strategic-choices",
  "jilin-reform-determination",
  "jilin-1-plus-3-release",
  "jilin-demonstrative-role"
] as const satisfies readonly QuoteId[]);

/**
 * The id of one quote of the article: a union of literals, so a typo fails to compile.
 *
 * @example
 * ```ts
 * import { getQuote, type QuoteId } from 'beijing-digital-economy';
 *
 * const id: QuoteId = "headline-digital-economy-share";
 * getQuote(id).id;
 * //=> "headline-digital-economy-share"
 * ```
 * @category Data
 */
export type QuoteId =
  | "headline-digital-economy-share"
  | "jilin-digital-economy-share"
  | "jilin-service-trade"
  | "jilin-park-output"
  | "jilin-key-digital-technologies"
  | "jilin-digital-transformation"
  | "jilin-strategic-choices"
  | "jilin-reform-determination"
  | "jilin-1-plus-3-release"
  | "jilin-demonstrative-role";

/**
 * Every policy id in the article, in text order.
 *
 * @example
 * ```ts
 * import { POLICY_IDS } from 'beijing-digital-economy';
 *
 * POLICY_IDS[0];
 * //=> "new-business-forms-and-models-opinions"
 * ```
 * @category Data
 */
export const POLICY_IDS = /*#__PURE__*/ Object.freeze([
  "new-business-forms-and-models-opinions",
  "digital-economy-1-plus-3-policy-system"
] as const satisfies readonly PolicyId[]);

/**
 * The id of one policy of the article: a union of literals, so a typo fails to compile.
 *
 * @example
 * ```ts
 * import { getPolicy, type PolicyId } from 'beijing-digital-economy';
 *
 * const id: PolicyId = "new-business-forms-and-models-opinions";
 * getPolicy(id).id;
 * //=> "new-business-forms-and-models-opinions"
 * ```
 * @category Data
 */
export type PolicyId =
  | "new-business-forms-and-models-opinions"
  | "digital-economy-1-plus-3-policy-system";
