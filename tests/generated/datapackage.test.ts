// The Data Package: datapackage.json is valid under the official Data Package 2.0 profiles, so is
// each Table Schema, broken copies are not; every file it names has the size and hash it says;
// every CSV resource, read by an independent reader and cast by its Table Schema, gives back the
// typed data row for row, with its keys unique and its foreign keys resolved.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, CSV_TABLES, findNotes } from '../../src/index.js';
import { projectRoot } from '../support/built-package.js';
import {
  foreignKeyProblems,
  profiles,
  readTable,
  type Cell,
  type Resource,
  type Row,
  type TableSchema,
} from '../support/frictionless.js';

const read = (path: string) => readFileSync(`${projectRoot}/${path}`);
const descriptor = JSON.parse(read('datapackage.json').toString('utf8')) as {
  $schema: string;
  name: string;
  version: string;
  licenses: { name: string }[];
  sources: { title: string; path?: string }[];
  resources: Resource[];
};
const manifest = JSON.parse(read('package.json').toString('utf8')) as { version: string };
const tableResources = descriptor.resources.filter((r) => r.schema !== undefined);
const schemas = new Map(tableResources.map((r) => [r.name, r.schema!] as const));
const tables = new Map(
  tableResources.map((r) => [r.name, readTable(read(r.path).toString('utf8'), r.schema!)] as const),
);
const rowsOf = (name: string): readonly Row[] => tables.get(name) ?? [];
const list = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? [] : String(cell).split('; ');
const or = <T>(value: T | undefined) => value ?? null;

describe('datapackage.json', () => {
  it('is a Data Package 2 descriptor: valid under the 2.0 profile, which it names', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(profiles.dataPackage(descriptor), JSON.stringify(profiles.dataPackage.errors)).toBe(
      true,
    );
    for (const resource of descriptor.resources)
      expect(profiles.dataResource(resource), resource.name).toBe(true);
    for (const [name, schema] of schemas)
      expect(
        profiles.tableSchema(schema),
        `${name}: ${JSON.stringify(profiles.tableSchema.errors)}`,
      ).toBe(true);
  });

  it('is rejected by the profiles when broken (negative controls)', () => {
    const broken: [string, (copy: any) => void, 'dataPackage' | 'tableSchema'][] = [
      ['no resources', (c) => delete c.resources, 'dataPackage'],
      ['a resource with neither path nor data', (c) => delete c.resources[0].path, 'dataPackage'],
      ['a hash that is not hex', (c) => (c.resources[0].hash = 'sha256:not-hex'), 'dataPackage'],
      ['a licence name with a space', (c) => (c.licenses[0].name = 'CC BY'), 'dataPackage'],
      ['a field of no known type', (c) => (c.fields[0].type = 'text'), 'tableSchema'],
      [
        'a foreign key without a reference',
        (c) => delete c.foreignKeys[0].reference,
        'tableSchema',
      ],
      ['a primary key that is a number', (c) => (c.primaryKey = 1), 'tableSchema'],
      ['no fields', (c) => delete c.fields, 'tableSchema'],
    ];
    for (const [what, breakIt, against] of broken) {
      const copy = structuredClone(
        against === 'dataPackage' ? descriptor : schemas.get('mentions'),
      );
      breakIt(copy);
      expect(profiles[against](copy), what).toBe(false);
    }
  });

  it('names the package, its version and the licence of the annotations', () => {
    expect(descriptor.name).toBe('beijing-digital-economy');
    expect(descriptor.version).toBe(manifest.version);
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.sources[0]?.title).toContain('The Beijing News');
    expect(descriptor.sources.map((s) => s.path)).toContain(article.metadata.source?.url);
  });

  it('has a CSV resource per table of toCSV, with its columns in order, the text and the JSON', () => {
    expect(tableResources.map((r) => r.name)).toEqual(Object.keys(CSV_TABLES));
    for (const [name, columns] of Object.entries(CSV_TABLES))
      expect(schemas.get(name)?.fields.map((f) => f.name)).toEqual(columns);
    expect(descriptor.resources.map((r) => r.path)).toContain('data/article.txt');
    expect(descriptor.resources.map((r) => r.path)).toContain('article.json');
  });

  it('gives every file the size and SHA-256 hash of its bytes', () => {
    for (const resource of descriptor.resources) {
      const bytes = read(resource.path);
      // article.json is written by `npm run build` (npm test builds first); the others are committed.
      const what =
        resource.path === 'article.json' ? 'article.json (run `npm run build`)' : resource.path;
      expect(resource.bytes, what).toBe(bytes.byteLength);
      expect(resource.hash, what).toBe(
        `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      );
    }
  });

  it('describes every field with a title and a description, and types every one', () => {
    for (const [name, schema] of schemas)
      for (const field of schema.fields as readonly (TableSchema['fields'][number] & {
        title?: string;
        description?: string;
      })[]) {
        expect(field.title, `${name}.${field.name}`).toBeTruthy();
        expect(field.description, `${name}.${field.name}`).toBeTruthy();
        expect(['string', 'integer', 'number', 'date']).toContain(field.type);
      }
  });
});

describe('every CSV resource, read back by an independent reader', () => {
  it('resolves every foreign key: a mention’s entity, a note’s item, an anchor’s paragraph', () => {
    expect(foreignKeyProblems(tables, schemas)).toEqual([]);
    const keyed = [...schemas.values()].flatMap((s) => s.foreignKeys ?? []);
    expect(keyed.length).toBeGreaterThanOrEqual(9);
  });

  it('paragraphs', () => {
    expect(rowsOf('paragraphs')).toEqual(
      article.paragraphs.map((p) => ({
        id: p.id,
        index: p.index,
        role: p.role,
        start: p.start,
        end: p.end,
        text: p.text,
      })),
    );
  });

  it('entities', () => {
    expect(rowsOf('entities').map((r) => ({ ...r, aliases: list(r.aliases) }))).toEqual(
      article.entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        role: or(e.role),
        aliases: [...(e.aliases ?? [])],
        wikidata: or(e.wikidata?.id),
        mentions: e.mentions.length,
      })),
    );
  });

  it('mentions: every mention of every entity, the words at its offsets', () => {
    const expected = article.entities.flatMap((e) =>
      e.mentions.map((m, i) => ({
        entity: e.id,
        number: i + 1,
        paragraph: m.paragraphId,
        start: m.start,
        end: m.end,
        exact: m.exact,
      })),
    );
    const byPlace = (a: Row, b: Row) =>
      Number(a.start) - Number(b.start) || Number(a.end) - Number(b.end);
    expect([...rowsOf('mentions')].sort(byPlace)).toEqual(expected.sort(byPlace));
    for (const row of rowsOf('mentions'))
      expect(article.text.slice(Number(row.start), Number(row.end))).toBe(row.exact);
  });

  it('statistics', () => {
    expect(rowsOf('statistics')).toEqual(
      article.statistics.map((s) => ({
        id: s.id,
        label: s.label,
        value: s.value,
        unit: s.unit.kind,
        unit_of: s.unit.kind === 'count' || s.unit.kind === 'rank' ? s.unit.of : null,
        currency: s.unit.kind === 'currency' ? s.unit.currency : null,
        comparator: s.comparator,
        period: or(s.period),
        stated_as: s.statedAs,
        attributed_to: s.source.attributedTo,
        paragraph: s.source.anchor.paragraphId,
        start: s.source.anchor.start,
        end: s.source.anchor.end,
        measure: s.measure,
        subject: s.subject,
        via: or(s.source.via),
      })),
    );
  });

  it('quotes', () => {
    expect(rowsOf('quotes').map((r) => ({ ...r, about: list(r.about) }))).toEqual(
      article.quotes.map((q) => ({
        id: q.id,
        speaker: q.speaker,
        mode: q.mode,
        text: q.text,
        about: [...(q.about ?? [])],
        paragraph: q.anchor.paragraphId,
        start: q.anchor.start,
        end: q.anchor.end,
      })),
    );
  });

  it('policies', () => {
    expect(
      rowsOf('policies').map((r) => ({
        ...r,
        issued_by: list(r.issued_by),
        focus_areas: list(r.focus_areas),
      })),
    ).toEqual(
      article.policies.map((p) => ({
        id: p.id,
        title: p.title,
        issued_by: [...p.issuedBy],
        date: p.date,
        status: p.status,
        supporting_documents: or(p.supportingDocuments),
        focus_areas: [...(p.focusAreas ?? [])],
        venue: or(p.venue),
        paragraph: p.anchor.paragraphId,
        start: p.anchor.start,
        end: p.anchor.end,
      })),
    );
  });

  it('items: each metadata field, then every paragraph, entity, statistic, quote and policy', () => {
    const fields = ['section', 'language', 'translatedFrom', 'publisher', 'contributors', 'event'];
    const expected = [
      ...fields.map((id) => ({ kind: 'metadata', id, start: null })),
      ...article.paragraphs.map((p) => ({ kind: 'paragraph', id: p.id, start: p.start })),
      ...article.entities.map((e) => ({
        kind: 'entity',
        id: e.id,
        start: or(e.mentions[0]?.start),
      })),
      ...article.statistics.map((s) => ({
        kind: 'statistic',
        id: s.id,
        start: s.source.anchor.start,
      })),
      ...article.quotes.map((q) => ({ kind: 'quote', id: q.id, start: q.anchor.start })),
      ...article.policies.map((p) => ({ kind: 'policy', id: p.id, start: p.anchor.start })),
    ];
    const key = (r: Row) => `${r.kind} ${r.id}`;
    expect(rowsOf('items').map(key).sort()).toEqual(expected.map(key).sort());
    expect([...rowsOf('items')].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('notes: every note, in the order findNotes gives them, each numbered within its item', () => {
    const counts = new Map<string, number>();
    expect(rowsOf('notes')).toEqual(
      findNotes().map(({ item, note }) => {
        const number = (counts.get(`${item.kind} ${item.id}`) ?? 0) + 1;
        counts.set(`${item.kind} ${item.id}`, number);
        return { item_kind: item.kind, item_id: item.id, number, kind: note.kind, text: note.text };
      }),
    );
  });

  it('catch what is wrong (negative controls): a dangling key, a cell of the wrong type, a repeated key', () => {
    const mentions = schemas.get('mentions')!;
    const text = read('csv/mentions.csv').toString('utf8');
    const dangling = new Map(tables);
    dangling.set('mentions', [{ ...rowsOf('mentions')[0]!, entity: 'nobody' }]);
    expect(foreignKeyProblems(dangling, schemas)).toEqual([
      'mentions: entity = nobody is not in entities',
    ]);
    expect(() => readTable(text.replace(',1,headline,', ',one,headline,'), mentions)).toThrow(
      /number: "one" is not an integer/,
    );
    const [header = '', first = ''] = text.split('\r\n');
    expect(() => readTable(`${header}\r\n${first}\r\n${first}\r\n`, mentions)).toThrow(/repeats/);
    expect(() => readTable(text.replace('entity,number', 'entity,count'), mentions)).toThrow(
      /header/,
    );
  });
});
