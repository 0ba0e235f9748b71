import { createHash } from 'node:crypto';
import {
  COMPARATORS,
  CURRENCIES,
  NOTE_ITEM_KINDS,
  NOTE_KINDS,
  UNIT_KINDS,
} from '../../src/internal/vocabulary.js';
import { CSV_TABLES, LIST_SEPARATOR, type CsvTable } from '../../src/internal/csv-tables.js';
import {
  entityKindDefinition,
  paragraphRoleDefinition,
  policyStatusDefinition,
  quoteModeDefinition,
} from '../../src/schema/vocabularies.js';
import type { Article, ArticleIds } from '../../src/types/index.js';
import { ANNOTATIONS_LICENSE, PACKAGE } from './package-metadata.js';

// The Data Package (Frictionless Data Package 2) that `npm run generate` writes as
// datapackage.json: a CSV file per table of the article, each with a Table Schema, plus the text
// and the article as JSON. The columns come from CSV_TABLES (so `toCSV` and the command line give
// the same); this file says what each column is.

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** Where each table's CSV file is, relative to datapackage.json (the package's root). */
export const csvPath = (table: CsvTable) => `csv/${table}.csv`;
export const TEXT_PATH = 'data/article.txt';
export const JSON_PATH = 'article.json';

interface Field {
  readonly type: 'string' | 'integer' | 'number' | 'date';
  readonly title: string;
  readonly description: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly minimum?: number;
    readonly enum?: readonly string[];
    readonly pattern?: string;
  };
}

const required = { required: true } as const;
const id = (what: string): Field => ({
  type: 'string',
  title: 'Id',
  description: `The ${what}'s id (a slug, unique in this table).`,
  constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
});
const offset = (which: 'start' | 'end', what: string): Field => ({
  type: 'integer',
  title: which === 'start' ? 'Start' : 'End',
  description:
    which === 'start'
      ? `Where ${what} begins in the text (data/article.txt): an offset in UTF-16 code units from the text's first character, counted from 0. The text has no character outside the Basic Multilingual Plane, so this is also the offset in Unicode code points.`
      : `Where ${what} ends in the text: the offset just after its last character (exclusive), in UTF-16 code units (here equal to code points).`,
  constraints: { required: true, minimum: 0 },
});
const paragraph = (what: string): Field => ({
  type: 'string',
  title: 'Paragraph',
  description: `The id of the paragraph (in paragraphs) that holds ${what}.`,
  constraints: required,
});
const entity = (title: string, description: string, isRequired = true): Field => ({
  type: 'string',
  title,
  description: `${description} (an id in entities).`,
  ...(isRequired ? { constraints: required } : {}),
});
const text = (title: string, description: string, isRequired = true): Field => ({
  type: 'string',
  title,
  description,
  ...(isRequired ? { constraints: required } : {}),
});
const oneOf = (title: string, description: string, values: readonly string[]): Field => ({
  type: 'string',
  title,
  description,
  constraints: { required: true, enum: values },
});
const listOf = (title: string, description: string): Field => ({
  type: 'string',
  title,
  description: `${description}, separated by “${LIST_SEPARATOR}”; empty when there are none.`,
});

/** What each column of each table is. A column of CSV_TABLES without a description fails to compile. */
const FIELDS: {
  readonly [T in CsvTable]: { readonly [C in (typeof CSV_TABLES)[T][number]]: Field };
} = {
  paragraphs: {
    id: id('paragraph'),
    index: {
      type: 'integer',
      title: 'Index',
      description: 'The paragraph’s place in the text, from 0.',
      constraints: { required: true, unique: true, minimum: 0 },
    },
    role: oneOf(
      'Role',
      'What the paragraph is: the site’s section label, the headline, the lead, the body, the credits, or the site’s boilerplate.',
      paragraphRoleDefinition.options,
    ),
    start: offset('start', 'the paragraph'),
    end: offset('end', 'the paragraph'),
    text: text('Text', 'The paragraph’s words, exactly as in the text.'),
  },
  entities: {
    id: id('entity'),
    kind: oneOf('Kind', 'What sort of entity it is.', entityKindDefinition.options),
    name: text('Name', 'The name, as the text writes it unless a note says otherwise.'),
    role: text('Role', 'Its role in the report, where the text gives one.', false),
    aliases: listOf('Aliases', 'Other names for it'),
    wikidata: {
      type: 'string',
      title: 'Wikidata item',
      description:
        'The id of the Wikidata item that is this entity (https://www.wikidata.org/wiki/ and the id), where a public page read shows it; empty otherwise. The page is named in article.json (entities[].wikidata.source).',
      constraints: { pattern: '^Q[1-9][0-9]*$' },
    },
    mentions: {
      type: 'integer',
      title: 'Mentions',
      description: 'How many times the text names it (its rows in mentions).',
      constraints: { required: true, minimum: 0 },
    },
  },
  mentions: {
    entity: entity('Entity', 'The entity the text names here'),
    number: {
      type: 'integer',
      title: 'Number',
      description: 'Which of the entity’s mentions this is, from 1, in text order.',
      constraints: { required: true, minimum: 1 },
    },
    paragraph: paragraph('the mention'),
    start: offset('start', 'the name'),
    end: offset('end', 'the name'),
    exact: text(
      'Words',
      'The words of the text that name the entity (the text between start and end).',
    ),
  },
  statistics: {
    id: id('statistic'),
    label: text('Label', 'A short label for the figure.'),
    value: {
      type: 'number',
      title: 'Value',
      description:
        'The value as the text states it, in base units: a currency amount in units of the currency (US$160 billion is 160000000000), a percentage in points (50 for 50%), a rank as the rank (“top 20” is 20).',
      constraints: required,
    },
    unit: oneOf('Unit', 'What the value counts.', UNIT_KINDS),
    unit_of: text('Unit of', 'What a count or a rank is of; empty for other units.', false),
    currency: {
      type: 'string',
      title: 'Currency',
      description: 'The ISO 4217 code of a currency amount; empty for other units.',
      constraints: { enum: CURRENCIES },
    },
    comparator: oneOf(
      'Comparator',
      'How the value relates to the true figure, as the text states it: “more than” 50% is more-than, “top 20” is at-most.',
      COMPARATORS,
    ),
    period: {
      type: 'string',
      title: 'Period',
      description:
        'The year or day the figure is for (ISO 8601: 2019, 2020-06-10); empty where the text gives none.',
      constraints: { pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' },
    },
    stated_as: text('Stated as', 'The figure’s words in the text, e.g. “US$160 billion”.'),
    attributed_to: entity('Attributed to', 'Who the text says gave the figure'),
    paragraph: paragraph('the words that state the figure'),
    start: offset('start', 'the words that state the figure'),
    end: offset('end', 'the words that state the figure'),
    measure: text('Measure', 'What is measured.'),
    subject: entity('Subject', 'What or whom the figure is about'),
    via: text(
      'Via',
      'The list or assessment the figure comes from, where the text names one.',
      false,
    ),
  },
  quotes: {
    id: id('quote'),
    speaker: entity('Speaker', 'Who speaks'),
    mode: oneOf('Mode', 'Direct quotation or reported speech.', quoteModeDefinition.options),
    text: text('Text', 'The quoted or reported words, exactly as in the text.'),
    about: listOf(
      'About',
      'The ids of the statistics (in statistics) and policies (in policies) the words state',
    ),
    paragraph: paragraph('the quotation'),
    start: offset('start', 'the quotation'),
    end: offset('end', 'the quotation'),
  },
  policies: {
    id: id('policy'),
    title: text('Title', 'The policy’s title, as the text gives it.'),
    issued_by: listOf('Issued by', 'The ids of the entities (in entities) that issue it'),
    date: {
      type: 'date',
      title: 'Date',
      description: 'The day it was issued or is announced for (ISO 8601).',
      constraints: required,
    },
    status: oneOf(
      'Status',
      'Whether it had been issued or was announced for later.',
      policyStatusDefinition.options,
    ),
    supporting_documents: {
      type: 'integer',
      title: 'Supporting documents',
      description:
        'How many supporting documents the text says come with it; empty where it says nothing.',
      constraints: { minimum: 0 },
    },
    focus_areas: listOf('Focus areas', 'What it focuses on, as the text lists it'),
    venue: entity('Venue', 'Where it is announced, where the text says so', false),
    paragraph: paragraph('the words that report it'),
    start: offset('start', 'the words that report it'),
    end: offset('end', 'the words that report it'),
  },
  items: {
    kind: oneOf(
      'Kind',
      'The kind of item: a field of the metadata, a paragraph, an entity, a statistic, a quote or a policy.',
      NOTE_ITEM_KINDS,
    ),
    id: text(
      'Id',
      'The item’s id in the table of its kind (paragraphs, entities, statistics, quotes, policies); for metadata, the name of the field (section, language, translatedFrom, publisher, contributors, event).',
    ),
    start: {
      type: 'integer',
      title: 'Start',
      description:
        'Where the item begins in the text (UTF-16 code units, here equal to code points); empty for metadata, which is about the whole article.',
      constraints: { minimum: 0 },
    },
  },
  notes: {
    item_kind: oneOf(
      'Item kind',
      'The kind of item the note belongs to (see items).',
      NOTE_ITEM_KINDS,
    ),
    item_id: text('Item id', 'The id of the item the note belongs to (see items).'),
    number: {
      type: 'integer',
      title: 'Number',
      description: 'Which of the item’s notes this is, from 1.',
      constraints: { required: true, minimum: 1 },
    },
    kind: oneOf(
      'Kind',
      'The kind of doubt: a doubtful translation, an inference (outside knowledge says so), an inconsistency, an ambiguity.',
      NOTE_KINDS,
    ),
    text: text('Text', 'The note.'),
  },
};

const TABLES: {
  readonly [T in CsvTable]: {
    title: string;
    description: string;
    primaryKey: readonly string[];
    foreignKeys: readonly {
      fields: readonly string[];
      resource: CsvTable;
      to: readonly string[];
    }[];
  };
} = {
  paragraphs: {
    title: 'Paragraphs',
    description:
      'The text split at blank lines; joined with two line breaks they give back data/article.txt.',
    primaryKey: ['id'],
    foreignKeys: [],
  },
  entities: {
    title: 'Entities',
    description:
      'The people, organisations, companies, places, events and publications the article names.',
    primaryKey: ['id'],
    foreignKeys: [],
  },
  mentions: {
    title: 'Mentions',
    description: 'Every place the text names an entity, in text order.',
    primaryKey: ['entity', 'number'],
    foreignKeys: [
      { fields: ['entity'], resource: 'entities', to: ['id'] },
      { fields: ['paragraph'], resource: 'paragraphs', to: ['id'] },
    ],
  },
  statistics: {
    title: 'Statistics',
    description:
      'Every figure the article states, with its value, unit and comparator as stated, who gave it, and the words that state it.',
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['attributed_to'], resource: 'entities', to: ['id'] },
      { fields: ['subject'], resource: 'entities', to: ['id'] },
      { fields: ['paragraph'], resource: 'paragraphs', to: ['id'] },
    ],
  },
  quotes: {
    title: 'Quotes',
    description: 'Quotations and reported speech, each with its speaker and words.',
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['speaker'], resource: 'entities', to: ['id'] },
      { fields: ['paragraph'], resource: 'paragraphs', to: ['id'] },
    ],
  },
  policies: {
    title: 'Policies',
    description: 'The policies the article reports, issued or announced.',
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['venue'], resource: 'entities', to: ['id'] },
      { fields: ['paragraph'], resource: 'paragraphs', to: ['id'] },
    ],
  },
  items: {
    title: 'Items',
    description:
      'Every item a note can belong to, by kind and id: each field of the metadata, then the paragraphs, entities, statistics, quotes and policies in text order.',
    primaryKey: ['kind', 'id'],
    foreignKeys: [],
  },
  notes: {
    title: 'Notes',
    description:
      'Every doubtful translation, inference, inconsistency and ambiguity, with the item it belongs to; metadata first, then in text order.',
    primaryKey: ['item_kind', 'item_id', 'number'],
    foreignKeys: [{ fields: ['item_kind', 'item_id'], resource: 'items', to: ['kind', 'id'] }],
  },
};

/** The Table Schema of a table: its fields in column order, primary key and foreign keys. */
export function tableSchema(table: CsvTable) {
  const { primaryKey, foreignKeys } = TABLES[table];
  const fields = FIELDS[table] as Readonly<Record<string, Field>>;
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: CSV_TABLES[table].map((name) => ({ name, ...fields[name] })),
    primaryKey: [...primaryKey],
    ...(foreignKeys.length > 0
      ? {
          foreignKeys: foreignKeys.map((key) => ({
            fields: [...key.fields],
            reference: { resource: key.resource, fields: [...key.to] },
          })),
        }
      : {}),
  };
}

/** The size and SHA-256 hash of a file's bytes, as a Data Resource gives them. */
export function integrity(bytes: Uint8Array): { bytes: number; hash: string } {
  return {
    bytes: bytes.byteLength,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

/**
 * The descriptor. `files` holds the bytes of every file it names (the CSVs, the text and
 * article.json), for their sizes and hashes.
 */
export function dataPackage(files: ReadonlyMap<string, Uint8Array>, article: Article<ArticleIds>) {
  const sized = (path: string) => {
    const bytes = files.get(path);
    if (bytes === undefined) throw new Error(`datapackage: no bytes for ${path}`);
    return integrity(bytes);
  };
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: PACKAGE.name,
    title: PACKAGE.title,
    description: PACKAGE.description,
    version: PACKAGE.version,
    homepage: PACKAGE.homepage,
    keywords: [...PACKAGE.keywords],
    licenses: [
      {
        name: ANNOTATIONS_LICENSE.id,
        path: ANNOTATIONS_LICENSE.url,
        title: ANNOTATIONS_LICENSE.title,
      },
    ],
    contributors: [{ title: PACKAGE.creator, roles: ['creator'] }],
    sources: [
      {
        title: `The Beijing News (Shell Finance), “${article.metadata.headline}”, September 2020, in English translation`,
      },
      ...(article.metadata.source
        ? [
            {
              title: `The page the text was taken from: the translation as ${article.metadata.source.name ?? 'a site'} republished it (outside knowledge: see metadata.source in article.json)`,
              path: article.metadata.source.url,
            },
          ]
        : []),
    ],
    resources: [
      ...(Object.keys(TABLES) as CsvTable[]).map((table) => ({
        name: table,
        type: 'table',
        path: csvPath(table),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: TABLES[table].title,
        description: TABLES[table].description,
        ...sized(csvPath(table)),
        schema: tableSchema(table),
      })),
      {
        name: 'article-text',
        path: TEXT_PATH,
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        title: 'The text',
        description:
          'The article as the package received it, byte for byte: every offset in the tables counts UTF-16 code units into this text decoded as UTF-8 (here equal to code points).',
        ...sized(TEXT_PATH),
      },
      {
        name: 'article-json',
        path: JSON_PATH,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: 'The article as JSON',
        description:
          'Everything in one document: the text, the metadata and every item with its anchors, notes and Wikidata ids (the Chinese forms are the locale module’s, not in it). Its JSON Schema is article.schema.json.',
        ...sized(JSON_PATH),
      },
    ],
  };
}
