import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidOptionError, article, toJSONLD } from '../../src/index.js';

const require = createRequire(import.meta.url);
const jsonld = require('jsonld') as typeof import('jsonld');

const SCHEMA = 'http://schema.org/';
const PAGE = 'https://example.org/beijing-digital-economy';
const context = JSON.parse(
  readFileSync(new URL('../fixtures/schema-org-context.jsonld', import.meta.url), 'utf8'),
) as object;

/** Serves the schema.org context from the test: no network. */
const documentLoader = (url: string) =>
  /^https?:\/\/schema\.org\/?$/.test(url)
    ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: context })
    : Promise.reject(new Error(`the test loads no document from ${url}`));

/** schema.org's properties and types, as the schema-dts package declares them. */
const vocabulary = (() => {
  const declarations = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  return {
    properties: new Set(
      [...declarations.matchAll(/^\s+"([a-zA-Z][a-zA-Z0-9]*)"\?:/gm)].map((m) => m[1]),
    ),
    types: new Set([...declarations.matchAll(/"@type": "([A-Za-z]+)"/g)].map((m) => m[1])),
  };
})();

type Expanded = Record<string, unknown>;

function walk(node: unknown, visit: (node: Expanded) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Expanded);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

function keysOf(node: unknown, keys = new Set<string>()): Set<string> {
  walk(node, (n) =>
    Object.keys(n)
      .filter((k) => !k.startsWith('@'))
      .forEach((k) => keys.add(k)),
  );
  return keys;
}

describe('toJSONLD', () => {
  // Made in each test, not while the tests are collected (see vitest.mutation.config.ts).
  let document: ReturnType<typeof toJSONLD>;
  beforeEach(() => {
    document = toJSONLD(article);
  });

  it('expands with a JSON-LD processor without dropping a term: every key becomes a schema.org property', async () => {
    const expanded = (await jsonld.expand(document as never, {
      documentLoader: documentLoader as never,
      base: PAGE,
    })) as unknown[];
    const iris = new Set<string>();
    walk(expanded, (node) =>
      Object.keys(node)
        .filter((k) => !k.startsWith('@'))
        .forEach((k) => iris.add(k)),
    );
    const expected = [...keysOf(document['@graph'])].map((key) => `${SCHEMA}${key}`);
    expect([...iris].sort()).toEqual([...new Set(expected)].sort());
    for (const iri of iris)
      expect(vocabulary.properties.has(iri.slice(SCHEMA.length)), iri).toBe(true);
  });

  it('names what is not an article', () => {
    expect(() => toJSONLD(null as never)).toThrow(InvalidOptionError);
    expect(() => toJSONLD(null as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('uses only schema.org types', () => {
    const types = new Set<string>();
    walk(document, (node) =>
      [node['@type']].flat().forEach((t) => typeof t === 'string' && types.add(t)),
    );
    expect([...types]).toEqual(
      expect.arrayContaining([
        'NewsArticle',
        'Quotation',
        'Legislation',
        'Observation',
        'MonetaryAmount',
        'Person',
      ]),
    );
    for (const type of types) expect(vocabulary.types.has(type), type).toBe(true);
  });

  it('links every @id it uses to a node of the graph', () => {
    const defined = new Set(document['@graph'].map((node) => node['@id']));
    walk(document['@graph'], (node) => {
      if (Object.keys(node).length === 1 && typeof node['@id'] === 'string')
        expect(defined.has(node['@id']), node['@id']).toBe(true);
    });
  });

  it('keeps the paragraphs in order by position', () => {
    const news = document['@graph'][0] as unknown as {
      hasPart: { position: number; text: string }[];
    };
    const body = article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body');
    expect(news.hasPart.map((part) => part.text)).toEqual(body.map((p) => p.text));
    expect(news.hasPart.map((part) => part.position)).toEqual(body.map((_p, i) => i + 1));
  });

  it('puts money in a MonetaryAmount with its ISO 4217 currency, and percent under the unit code P1', () => {
    for (const s of article.statistics) {
      const node = document['@graph'].find((n) => n['@id'] === `#${s.id}`) as Record<
        string,
        unknown
      >;
      if (s.unit.kind === 'currency') {
        expect(node.value).toMatchObject({
          '@type': 'MonetaryAmount',
          currency: s.unit.currency,
          value: s.value,
        });
        expect(node.unitCode).toBeUndefined();
      } else {
        expect(node.value).toBe(s.value);
        if (s.unit.kind === 'percent') expect(node.unitCode).toBe('P1');
      }
      const bounds = s.unit.kind === 'currency' ? (node.value as Record<string, unknown>) : node;
      if (s.comparator === 'more-than') expect(bounds.minValue).toBe(s.value);
      if (s.comparator === 'at-most') expect(bounds.maxValue).toBe(s.value);
    }
  });
});
