import type { Article, ArticleIds } from '../types/index.js';
import type { CsvCell } from './csv.js';
import { METADATA_NOTE_FIELDS } from '../model/kinds.js';
import { walkAnchors, walkItems, walkNotes } from '../model/walk.js';

// The tables of the article as CSV: their columns, in order, and their rows. `toCSV`, the command
// line and the Data Package (datapackage.json, written by `npm run generate`) all take both from
// here, so the three give the same columns. Mentions, items and notes come from the model's walk.

/** The separator of a cell that holds a list (aliases, focus areas, issuers, what a quote is about). */
export const LIST_SEPARATOR = '; ';

/** The columns of the statistics table (`CSV_COLUMNS`, as `toCSV` has always written them). */
export const STATISTICS_COLUMNS = /*#__PURE__*/ Object.freeze([
  'id',
  'label',
  'value',
  'unit',
  'unit_of',
  'currency',
  'comparator',
  'period',
  'stated_as',
  'attributed_to',
  'paragraph',
  'start',
  'end',
  'measure',
  'subject',
  'via',
] as const);

/**
 * The columns of each table that `toCSV` gives for an article, in order: the same columns
 * as the CSV files of the package's Data Package (`datapackage.json`, which describes each column)
 * and as the command line's `--format csv`. A cell that holds a list joins it with `'; '`.
 *
 * @example
 * ```ts
 * import { CSV_TABLES } from 'beijing-digital-economy';
 *
 * [Object.keys(CSV_TABLES), CSV_TABLES.mentions];
 * //=> [['paragraphs', 'entities', 'mentions', 'statistics', 'quotes', 'policies', 'items', 'notes'], ['entity', 'number', 'paragraph', 'start', 'end', 'exact']]
 * ```
 * @category Export
 */
export const CSV_TABLES = /*#__PURE__*/ Object.freeze({
  paragraphs: /*#__PURE__*/ Object.freeze(['id', 'index', 'role', 'start', 'end', 'text'] as const),
  entities: /*#__PURE__*/ Object.freeze([
    'id',
    'kind',
    'name',
    'role',
    'aliases',
    'wikidata',
    'mentions',
  ] as const),
  mentions: /*#__PURE__*/ Object.freeze([
    'entity',
    'number',
    'paragraph',
    'start',
    'end',
    'exact',
  ] as const),
  statistics: STATISTICS_COLUMNS,
  quotes: /*#__PURE__*/ Object.freeze([
    'id',
    'speaker',
    'mode',
    'text',
    'about',
    'paragraph',
    'start',
    'end',
  ] as const),
  policies: /*#__PURE__*/ Object.freeze([
    'id',
    'title',
    'issued_by',
    'date',
    'status',
    'supporting_documents',
    'focus_areas',
    'venue',
    'paragraph',
    'start',
    'end',
  ] as const),
  items: /*#__PURE__*/ Object.freeze(['kind', 'id', 'start'] as const),
  notes: /*#__PURE__*/ Object.freeze(['item_kind', 'item_id', 'number', 'kind', 'text'] as const),
} as const);

/**
 * A table of the article that `toCSV` writes: `'paragraphs'`, `'entities'`, `'mentions'`
 * (every place the text names an entity), `'statistics'`, `'quotes'`, `'policies'`, `'items'`
 * (every item a note can belong to) or `'notes'`.
 *
 * @example
 * ```ts
 * import { article, toCSV, type CsvTable } from 'beijing-digital-economy';
 *
 * const table: CsvTable = 'mentions';
 * toCSV(article, { table }).split('\r\n')[1];
 * //=> 'jilin,1,headline,12,17,Jilin'
 * ```
 * @category Export
 */
export type CsvTable = keyof typeof CSV_TABLES;

/** The names of the tables, in the order the Data Package lists them (a literal, so that no bundle keeps the columns for it). */
export const CSV_TABLE_NAMES = [
  'paragraphs',
  'entities',
  'mentions',
  'statistics',
  'quotes',
  'policies',
  'items',
  'notes',
] as const satisfies readonly CsvTable[];
// A table of CSV_TABLES missing from the list fails to compile.
type Assert<T extends true> = T;
export type CsvTableNamesAreComplete = Assert<
  [Exclude<CsvTable, (typeof CSV_TABLE_NAMES)[number]>] extends [never] ? true : false
>;

// An empty list joins to an empty cell, as no list does.
const list = (values: readonly string[] | undefined) => values?.join(LIST_SEPARATOR);

type Rows = readonly (readonly CsvCell[])[];
/** One cell per column: a row of the right length, checked at compile time. */
type CellsOf<Columns extends readonly string[]> = { readonly [I in keyof Columns]: CsvCell };
type Row<T extends CsvTable> = CellsOf<(typeof CSV_TABLES)[T]>;

/** The rows of one statistic, as `toCSV` has always given them (its columns are CSV_TABLES.statistics). */
export function statisticRow(s: Article<ArticleIds>['statistics'][number]): Row<'statistics'> {
  const { unit, source } = s;
  return [
    s.id,
    s.label,
    s.value,
    unit.kind,
    unit.kind === 'count' || unit.kind === 'rank' ? unit.of : undefined,
    unit.kind === 'currency' ? unit.currency : undefined,
    s.comparator,
    s.period,
    s.statedAs,
    source.attributedTo,
    source.anchor.paragraphId,
    source.anchor.start,
    source.anchor.end,
    s.measure,
    s.subject,
    source.via,
  ];
}

/** The rows of a table of `article`, each with the cells of `CSV_TABLES[table]`, in order. */
export function tableRows(article: Article<ArticleIds>, table: CsvTable): Rows {
  switch (table) {
    case 'paragraphs':
      return article.paragraphs.map((p): Row<'paragraphs'> => [
        p.id,
        p.index,
        p.role,
        p.start,
        p.end,
        p.text,
      ]);
    case 'entities':
      return article.entities.map((e): Row<'entities'> => [
        e.id,
        e.kind,
        e.name,
        e.role,
        list(e.aliases),
        e.wikidata?.id,
        e.mentions.length,
      ]);
    case 'mentions': {
      return walkAnchors(article)
        .filter((visit) => visit.role === 'mention')
        .map(({ id, index, anchor }): Row<'mentions'> => [
          id,
          index + 1,
          anchor.paragraphId,
          anchor.start,
          anchor.end,
          anchor.exact,
        ]);
    }
    case 'statistics':
      return article.statistics.map(statisticRow);
    case 'quotes':
      return article.quotes.map((q): Row<'quotes'> => [
        q.id,
        q.speaker,
        q.mode,
        q.text,
        list(q.about),
        q.anchor.paragraphId,
        q.anchor.start,
        q.anchor.end,
      ]);
    case 'policies':
      return article.policies.map((p): Row<'policies'> => [
        p.id,
        p.title,
        list(p.issuedBy),
        p.date,
        p.status,
        p.supportingDocuments,
        list(p.focusAreas),
        p.venue,
        p.anchor.paragraphId,
        p.anchor.start,
        p.anchor.end,
      ]);
    case 'items':
      return walkItems(article).flatMap(({ kind, id, position }): Row<'items'>[] =>
        kind === 'metadata'
          ? METADATA_NOTE_FIELDS.map((field) => ['metadata', field, undefined])
          : [[kind, id, Number.isFinite(position) ? position : undefined]],
      );
    case 'notes': {
      const seen = new Map<string, number>();
      return walkNotes(article).map(({ kind, id, note }): Row<'notes'> => {
        const key = `${kind} ${id}`;
        const number = (seen.get(key) ?? 0) + 1;
        seen.set(key, number);
        return [kind, id, number, note.kind, note.text];
      });
    }
  }
}
