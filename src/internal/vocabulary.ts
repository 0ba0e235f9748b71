import type { MetadataNoteField, UnitKind } from '../types/index.js';

// The closed lists of the data model as plain arrays, so that the helpers can check values from
// untyped code without loading zod. The schemas build their enums from the same arrays.

export const COMPARATORS = [
  'exactly',
  'about',
  'more-than',
  'at-least',
  'at-most',
  'less-than',
] as const;
export const CURRENCIES = ['USD', 'CNY'] as const;
export const UNIT_KINDS = ['percent', 'currency', 'count', 'rank', 'years'] as const;
export const QUOTE_MODES = ['direct', 'indirect'] as const;
export const NOTE_KINDS = ['translation', 'inference', 'inconsistency', 'ambiguity'] as const;
/** The fields of `metadata` that can carry notes (in `metadata.fieldNotes`), in the order `findNotes` gives them. */
export const METADATA_NOTE_FIELDS = [
  'section',
  'language',
  'translatedFrom',
  'publisher',
  'contributors',
  'event',
] as const;
/** The kinds of item a note can belong to, in the order `findNotes` breaks ties of position. */
export const NOTE_ITEM_KINDS = [
  'metadata',
  'paragraph',
  'entity',
  'statistic',
  'quote',
  'policy',
] as const;

// UnitSchema is a discriminated union, not an enum of this list: a kind added there and not here
// fails to compile.
type Assert<T extends true> = T;
export type UnitKindsAreComplete = Assert<
  [Exclude<UnitKind, (typeof UNIT_KINDS)[number]>] extends [never] ? true : false
>;
// The same for the fields of `metadata.fieldNotes`: a field added to the schema and not to the list
// (which findNotes walks) fails to compile.
export type MetadataNoteFieldsAreComplete = Assert<
  [Exclude<MetadataNoteField, (typeof METADATA_NOTE_FIELDS)[number]>] extends [never] ? true : false
>;
