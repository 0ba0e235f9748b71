// Every schema as zod infers it, before it is typed as its public type. Only the type tests read
// this module: they prove each inferred type equal to the public one in src/types, both ways.
export { articleDefinition } from './article.js';
export { comparatorDefinition } from './comparator.js';
export { entityDefinition } from './entity.js';
export {
  metadataDefinition,
  metadataFieldNotesDefinition,
  rightsDefinition,
  textSourceDefinition,
} from './metadata.js';
export { noteDefinition } from './note.js';
export { paragraphDefinition } from './paragraph.js';
export { policyDefinition } from './policy.js';
export { quoteDefinition } from './quote.js';
export { statisticDefinition, statisticSourceDefinition } from './statistic.js';
export { textAnchorDefinition } from './text-anchor.js';
export {
  chineseFormDefinition,
  chineseFormProvenanceDefinition,
  chineseFormSourceDefinition,
  chineseUnitFormDefinition,
  entityTranslationDefinition,
  localeFormsDefinition,
  metadataTranslationDefinition,
  policyTranslationDefinition,
  statisticTranslationDefinition,
} from './translation.js';
export { currencyDefinition, unitDefinition } from './unit.js';
export {
  entityKindDefinition,
  paragraphRoleDefinition,
  policyStatusDefinition,
  quoteModeDefinition,
} from './vocabularies.js';
export { wikidataLinkDefinition, wikidataSourceDefinition } from './wikidata.js';
