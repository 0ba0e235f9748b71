// An independent reader of the package's Data Package: the official 2.0 profiles (JSON Schema,
// in tests/fixtures/datapackage-2.0) compiled by ajv 8 with ajv-formats, and CSV resources read by
// csv-parse, each cell cast by the type its Table Schema gives and checked against its
// constraints, keys and foreign keys as the Table Schema specification says. None of it uses the
// package's own CSV or Data Package code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
interface AjvInstance {
  compile: (schema: object) => Validate;
  addFormat: (name: string, format: true) => AjvInstance;
}
const Ajv = require('ajv') as new (options: object) => AjvInstance;
const addFormats = require('ajv-formats') as (ajv: AjvInstance) => AjvInstance;

const profile = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/datapackage-2.0/${name}.json`, import.meta.url), 'utf8'),
  ) as object;

/**
 * A draft-07 validator for a JSON Schema, with formats. The profiles' own extra keywords are let
 * be, and so is their `textarea` format, a hint to form builders that constrains nothing.
 */
export function validator(schema: object): Validate {
  return addFormats(new Ajv({ allErrors: true, strict: false }))
    .addFormat('textarea', true)
    .compile(schema);
}

export const profiles = {
  dataPackage: validator(profile('datapackage')),
  dataResource: validator(profile('dataresource')),
  tableSchema: validator(profile('tableschema')),
};

export interface Field {
  readonly name: string;
  readonly type: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly minimum?: number;
    readonly enum?: readonly string[];
    readonly pattern?: string;
  };
}
export interface TableSchema {
  readonly fields: readonly Field[];
  readonly primaryKey?: string | readonly string[];
  readonly foreignKeys?: readonly {
    readonly fields: string | readonly string[];
    readonly reference: { readonly resource?: string; readonly fields: string | readonly string[] };
  }[];
  readonly missingValues?: readonly string[];
}
export interface Resource {
  readonly name: string;
  readonly path: string;
  readonly bytes?: number;
  readonly hash?: string;
  readonly schema?: TableSchema;
}

export type Cell = string | number | null;
export type Row = Readonly<Record<string, Cell>>;

const asList = (value: string | readonly string[]) =>
  typeof value === 'string' ? [value] : [...value];

/** One cell cast by the type of its field (Table Schema: string, integer, number, date). */
export function castCell(field: Field, raw: string, missingValues: readonly string[]): Cell {
  if (missingValues.includes(raw)) return null;
  switch (field.type) {
    case 'string':
      return raw;
    case 'integer':
      if (!/^[+-]?[0-9]+$/.test(raw)) throw new Error(`${field.name}: "${raw}" is not an integer`);
      return Number(raw);
    case 'number': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value))
        throw new Error(`${field.name}: "${raw}" is not a number`);
      return value;
    }
    case 'date':
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw) || Number.isNaN(Date.parse(raw)))
        throw new Error(`${field.name}: "${raw}" is not a date`);
      return raw;
    default:
      throw new Error(`${field.name}: this reader knows no type "${field.type}"`);
  }
}

/**
 * Reads a CSV resource under its Table Schema: the header must be the fields in order, every cell
 * is cast by its field and meets its constraints, and the primary key is unique.
 */
export function readTable(text: string, schema: TableSchema): Row[] {
  const records: string[][] = parse(text, {
    record_delimiter: '\r\n',
    relax_column_count: false,
  });
  const [header, ...body] = records;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    throw new Error(`header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`);
  const missing = schema.missingValues ?? [''];
  const rows = body.map((record) =>
    Object.fromEntries(
      schema.fields.map((field, i) => {
        const value = castCell(field, record[i] ?? '', missing);
        const c = field.constraints ?? {};
        if (value === null) {
          if (c.required) throw new Error(`${field.name}: a required value is missing`);
        } else {
          if (c.enum && !c.enum.includes(String(value)))
            throw new Error(`${field.name}: "${value}" is not one of ${c.enum.join(', ')}`);
          if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(String(value)))
            throw new Error(`${field.name}: "${value}" does not match ${c.pattern}`);
          if (c.minimum !== undefined && typeof value === 'number' && value < c.minimum)
            throw new Error(`${field.name}: ${value} is below ${c.minimum}`);
        }
        return [field.name, value];
      }),
    ),
  );
  for (const field of schema.fields.filter((f) => f.constraints?.unique)) {
    const values = rows.map((r) => r[field.name]).filter((v) => v !== null);
    if (new Set(values).size !== values.length) throw new Error(`${field.name}: values repeat`);
  }
  if (schema.primaryKey) {
    const key = asList(schema.primaryKey);
    const seen = new Set(rows.map((r) => JSON.stringify(key.map((k) => r[k]))));
    if (seen.size !== rows.length) throw new Error(`primary key ${key.join(', ')} repeats`);
  }
  return rows;
}

/**
 * The foreign keys of every table, resolved: each row's key fields (unless all are missing) must
 * be a row of the referenced resource. Returns the problems found.
 */
export function foreignKeyProblems(
  tables: ReadonlyMap<string, readonly Row[]>,
  schemas: ReadonlyMap<string, TableSchema>,
): string[] {
  const problems: string[] = [];
  for (const [name, schema] of schemas) {
    for (const key of schema.foreignKeys ?? []) {
      const from = asList(key.fields);
      const to = asList(key.reference.fields);
      const target = tables.get(key.reference.resource ?? name) ?? [];
      const present = new Set(target.map((r) => JSON.stringify(to.map((f) => r[f]))));
      for (const row of tables.get(name) ?? []) {
        const values = from.map((f) => row[f] ?? null);
        if (values.every((v) => v === null)) continue;
        if (!present.has(JSON.stringify(values)))
          problems.push(
            `${name}: ${from.join(', ')} = ${values.join(', ')} is not in ${key.reference.resource ?? name}`,
          );
      }
    }
  }
  return problems;
}
