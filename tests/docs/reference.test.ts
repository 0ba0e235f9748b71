// The reference: TypeDoc builds it with no warning (undocumented exports, broken links fail the
// build), and every export is listed under a category, every function and value with an example;
// every field of every data type is listed with its description. It reads the JSON that
// `npm run docs` writes beside the HTML (npm test runs it first), rather than running TypeDoc again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as definitions from '../../src/schema/definitions.js';
import { projectRoot } from '../support/built-package.js';

interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly comment?: {
    readonly summary: readonly { text: string }[];
    readonly blockTags?: readonly { tag: string; typeAnnotation?: string }[];
  };
  readonly signatures?: readonly Reflection[];
  readonly children?: readonly Reflection[];
  readonly categories?: readonly { title: string; children: readonly number[] }[];
  readonly id: number;
  readonly flags?: { readonly isOptional?: boolean };
}

const KIND = {
  module: 2,
  variable: 32,
  function: 64,
  class: 128,
  interface: 256,
  typeAlias: 2097152,
} as const;
const CATEGORIES = [
  'Data',
  'Lookup',
  'Query',
  'Model',
  'Format',
  'Locale',
  'Export',
  'Chart',
  'Errors',
  'Schema',
];

let modules: readonly Reflection[] = [];
beforeAll(() => {
  const path = join(projectRoot, 'docs/api/reference.json');
  if (!existsSync(path))
    throw new Error('docs/api/reference.json is missing: run `npm run docs` (npm test does) first');
  modules = (JSON.parse(readFileSync(path, 'utf8')) as Reflection).children ?? [];
});

const exportsOf = () =>
  modules.flatMap((module) => (module.children ?? []).map((child) => ({ module, child })));
const commentOf = (reflection: Reflection) =>
  reflection.comment ?? reflection.signatures?.[0]?.comment;
const tags = (reflection: Reflection) =>
  commentOf(reflection)?.blockTags?.map((tag) => tag.tag) ?? [];

describe('the TypeDoc reference', () => {
  it('documents both entry points', () => {
    expect(modules.map((module) => module.name).sort()).toEqual([
      'beijing-digital-economy',
      'schema',
    ]);
    expect(exportsOf().length).toBeGreaterThan(80);
  });

  it('gives every export a summary and one of the categories', () => {
    for (const { module, child } of exportsOf()) {
      const summary =
        commentOf(child)
          ?.summary.map((part) => part.text)
          .join('') ?? '';
      expect(summary.trim().length, `${child.name} has no summary`).toBeGreaterThan(0);
      const category = module.categories?.find((c) => c.children.includes(child.id))?.title;
      expect(CATEGORIES, `${child.name} is in category ${String(category)}`).toContain(category);
    }
  });

  it('gives every export an example, and every function its @param and @returns', () => {
    for (const { child } of exportsOf()) {
      if (
        ![KIND.variable, KIND.function, KIND.class, KIND.interface, KIND.typeAlias].includes(
          child.kind as never,
        )
      )
        continue;
      expect(tags(child), `${child.name} has no @example`).toContain('@example');
      if (child.kind === KIND.function) {
        const signature = child.signatures?.[0];
        expect(tags(child), `${child.name} has no @returns`).toContain('@returns');
        for (const parameter of signature?.children ?? [])
          expect(
            parameter.comment?.summary.length ?? 0,
            `${child.name}(${parameter.name})`,
          ).toBeGreaterThan(0);
      }
    }
  });
});

describe('the reference pages', () => {
  const pages = () =>
    readdirSync(join(projectRoot, 'docs/api'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: readFileSync(join(projectRoot, 'docs/api', file), 'utf8') }));

  it('name the error class of every Throws section, linked to its page', () => {
    const classes = exportsOf()
      .filter(({ child }) => child.kind === KIND.class)
      .map(({ child }) => child.name);
    expect(classes).toEqual(expect.arrayContaining(['InvalidOptionError', 'UnknownIdError']));
    const throwing = exportsOf().flatMap(({ module, child }) =>
      (child.signatures ?? []).flatMap((signature) =>
        (signature.comment?.blockTags ?? [])
          .filter((tag) => tag.tag === '@throws')
          .map((tag) => ({
            module: module.name,
            name: child.name,
            annotation: tag.typeAnnotation,
          })),
      ),
    );
    expect(throwing.length).toBeGreaterThan(20);
    for (const { module, name, annotation } of throwing) {
      const thrown = /^\{(\w+)\}$/.exec(annotation ?? '')?.[1] ?? '';
      expect(thrown, `${name}: @throws without {ErrorClass}`).not.toBe('');
      const html = readFileSync(
        join(projectRoot, `docs/api/functions/${module}.${name}.html`),
        'utf8',
      );
      const sections = [...html.matchAll(/id="throws(?:-\d+)?">[\s\S]*?<\/div>/g)].map(
        ([section]) => section,
      );
      const shown = `<code class="tsd-throws-class">${thrown}</code>`;
      const linked = new RegExp(
        `<p><a href="\\.\\./classes/[\\w-]+\\.${thrown}\\.html">${shown}</a> — `,
      );
      expect(
        sections.some((section) =>
          classes.includes(thrown) ? linked.test(section) : section.includes(`<p>${shown} — `),
        ),
        `${name}'s Throws sections name ${thrown}`,
      ).toBe(true);
    }
  });

  // Links to other projects' files (the pages that show a Wikidata id) are citations, not sources.
  it('link to no source file, since src/ is not published', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(50);
    for (const { file, html } of all) {
      expect(html, file).not.toContain('Defined in');
      expect(html, file).not.toMatch(/href="(?![a-z]+:)[^"]*\bsrc\/[\w/.-]+\.ts\b/);
    }
  });
});

/** The keys of the object that a schema validates, looking through readonly, arrays and optionals. */
function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodExactOptional
  )
    return fieldsOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return fieldsOf(schema.element as z.ZodType);
  throw new Error(`fieldsOf: no object inside ${schema.constructor.name}`);
}
const field = (schema: z.ZodType, key: string) => {
  let inner: z.ZodType = schema;
  while (!(inner instanceof z.ZodObject))
    inner = (
      inner instanceof z.ZodArray ? inner.element : (inner as z.ZodReadonly).unwrap()
    ) as z.ZodType;
  return (inner.shape as Record<string, z.ZodType>)[key] as z.ZodType;
};
const unitVariants = Object.fromEntries(
  definitions.unitDefinition.options.map((option) => [option.unwrap().shape.kind.value, option]),
);

/** Each data type of the reference, and the schema whose fields it must list. */
const DATA_TYPES: Record<string, z.ZodType> = {
  Article: definitions.articleDefinition,
  Metadata: definitions.metadataDefinition,
  MetadataFieldNotes: definitions.metadataFieldNotesDefinition,
  Contributor: field(definitions.metadataDefinition, 'contributors'),
  PublicationDate: field(definitions.metadataDefinition, 'datePublished'),
  TextSource: definitions.textSourceDefinition,
  Rights: definitions.rightsDefinition,
  Paragraph: definitions.paragraphDefinition,
  Statistic: definitions.statisticDefinition,
  StatisticSource: definitions.statisticSourceDefinition,
  Quote: definitions.quoteDefinition,
  Policy: definitions.policyDefinition,
  Entity: definitions.entityDefinition,
  TextAnchor: definitions.textAnchorDefinition,
  Note: definitions.noteDefinition,
  ChineseFormSource: definitions.chineseFormSourceDefinition,
  ChineseForm: definitions.chineseFormDefinition,
  ChineseUnitForm: definitions.chineseUnitFormDefinition,
  EntityTranslation: definitions.entityTranslationDefinition,
  StatisticTranslation: definitions.statisticTranslationDefinition,
  PolicyTranslation: definitions.policyTranslationDefinition,
  MetadataTranslation: definitions.metadataTranslationDefinition,
  PercentUnit: unitVariants.percent as z.ZodType,
  CurrencyUnit: unitVariants.currency as z.ZodType,
  CountUnit: unitVariants.count as z.ZodType,
  RankUnit: unitVariants.rank as z.ZodType,
  YearsUnit: unitVariants.years as z.ZodType,
};

describe('the data types in the reference', () => {
  const main = () =>
    modules.find((module) => module.name === 'beijing-digital-economy')?.children ?? [];

  it.each(Object.entries(DATA_TYPES))(
    '%s is an interface that lists every field of its schema, each described',
    (name, schema) => {
      const page = main().find((child) => child.name === name);
      expect(page?.kind, `${name} is not an interface in the reference`).toBe(KIND.interface);
      const listed = new Map((page?.children ?? []).map((property) => [property.name, property]));
      expect([...listed.keys()].sort()).toEqual(fieldsOf(schema).sort());
      for (const [key, property] of listed) {
        const description =
          property.comment?.summary
            .map((part) => part.text)
            .join('')
            .trim() ?? '';
        expect(description, `${name}.${key} has no description`).not.toBe('');
      }
    },
  );

  it('catches a field that the schema has and the reference lacks (a schema with one more field)', () => {
    const wider = definitions.noteDefinition.unwrap().extend({ source: z.string() });
    const listed = (main().find((child) => child.name === 'Note')?.children ?? []).map(
      (property) => property.name,
    );
    expect(listed.sort()).not.toEqual(fieldsOf(wider).sort());
  });
});
