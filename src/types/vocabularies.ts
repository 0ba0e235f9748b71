/**
 * How the stated value relates to the true one, as the text words it: "exceeded US$160 billion"
 * is `more-than`, "about 20%" is `about`, "top 20" is `at-most`.
 *
 * @example
 * ```ts
 * import { getStatistic, type Comparator } from 'beijing-digital-economy';
 *
 * const comparator: Comparator = getStatistic('service-trade-share-of-national-2019').comparator;
 * comparator;
 * //=> 'about'
 * ```
 * @category Data
 */
export type Comparator = 'exactly' | 'about' | 'more-than' | 'at-least' | 'at-most' | 'less-than';

/**
 * An ISO 4217 currency code that the article uses.
 *
 * @example
 * ```ts
 * import { findStatistics, type Currency } from 'beijing-digital-economy';
 *
 * const currencies: Currency[] = findStatistics({ unitKind: 'currency' }).flatMap((s) => (s.unit.kind === 'currency' ? [s.unit.currency] : []));
 * currencies;
 * //=> ['USD', 'CNY']
 * ```
 * @category Data
 */
export type Currency = 'USD' | 'CNY';

/**
 * What a paragraph is: the site's section label, the headline, the lead, body text, the credits
 * line, or the site's comment-form `boilerplate`, which is not part of the article.
 *
 * @example
 * ```ts
 * import { paragraphs, type ParagraphRole } from 'beijing-digital-economy';
 *
 * const roles: ParagraphRole[] = paragraphs.map((p) => p.role);
 * roles.filter((role) => role === 'boilerplate').length;
 * //=> 2
 * ```
 * @category Data
 */
export type ParagraphRole = 'section' | 'headline' | 'lead' | 'body' | 'credits' | 'boilerplate';

/**
 * What kind of party an entity is.
 *
 * @example
 * ```ts
 * import { getEntity, type EntityKind } from 'beijing-digital-economy';
 *
 * const kind: EntityKind = getEntity('baidu').kind;
 * kind;
 * //=> 'company'
 * ```
 * @category Data
 */
export type EntityKind = 'person' | 'organization' | 'company' | 'place' | 'event' | 'publication';

/**
 * `direct` for words in quotation marks, `indirect` for reported speech ("According to Jilin, …",
 * "Jilin said that …").
 *
 * @example
 * ```ts
 * import { getQuote, type QuoteMode } from 'beijing-digital-economy';
 *
 * const mode: QuoteMode = getQuote('jilin-service-trade').mode;
 * mode;
 * //=> 'indirect'
 * ```
 * @category Data
 */
export type QuoteMode = 'direct' | 'indirect';

/**
 * `issued` for a policy the text reports as published, `announced` for one still to come.
 *
 * @example
 * ```ts
 * import { getPolicy, type PolicyStatus } from 'beijing-digital-economy';
 *
 * const status: PolicyStatus = getPolicy('digital-economy-1-plus-3-policy-system').status;
 * status;
 * //=> 'announced'
 * ```
 * @category Data
 */
export type PolicyStatus = 'issued' | 'announced';

/**
 * What sort of doubt a {@link Note} records: a doubtful `translation`, an `inference` the package
 * made, figures that do not add up (`inconsistency`), or wording with two readings (`ambiguity`).
 *
 * @example
 * ```ts
 * import { getStatistic, type NoteKind } from 'beijing-digital-economy';
 *
 * const kinds: NoteKind[] = (getStatistic('big-data-top-500-national-share-2019').notes ?? []).map((note) => note.kind);
 * kinds;
 * //=> ['inconsistency', 'inference', 'inference']
 * ```
 * @category Data
 */
export type NoteKind = 'translation' | 'inference' | 'inconsistency' | 'ambiguity';
