/**
 * The Beijing News "Shell Finance" report of September 2020 on Beijing's digital economy, as
 * typed, deeply frozen data: every figure, quotation, policy and named party, each anchored to
 * the exact characters of the source text. Importing it loads no dependency.
 *
 * @module beijing-digital-economy
 */
export { article, articleText, entities, metadata, paragraphs, policies, quotes, statistics } from './generated/article-data.js';
export { ENTITY_IDS, PARAGRAPH_IDS, POLICY_IDS, QUOTE_IDS, STATISTIC_IDS } from './generated/ids.js';
export { getEntity } from './lookup/get-entity.js';
export { getParagraph } from './lookup/get-paragraph.js';
export { getPolicy } from './lookup/get-policy.js';
export { getQuote } from './lookup/get-quote.js';
export { getStatistic } from './lookup/get-statistic.js';
export { UnknownIdError } from './errors/unknown-id-error.js';
export type * from './schema/types.js';
