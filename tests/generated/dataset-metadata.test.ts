// The package described as a dataset: CITATION.cff valid under the Citation File Format 1.2.0
// schema (a copy in tests/fixtures), and dataset.jsonld a schema.org Dataset that a JSON-LD
// processor expands without dropping a term, with a DataDownload for every file of the package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { explorerPage } from '../../scripts/docs/build-explorer.js';
import { article } from '../../src/index.js';
import { projectRoot } from '../support/built-package.js';
import { validator } from '../support/frictionless.js';

const require = createRequire(import.meta.url);
const jsonld = require('jsonld') as typeof import('jsonld');

const read = (path: string) => readFileSync(`${projectRoot}/${path}`, 'utf8');
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as object;
const manifest = JSON.parse(read('package.json')) as { version: string; homepage: string };
const descriptor = JSON.parse(read('datapackage.json')) as {
  licenses: { name: string; path: string }[];
  resources: { path: string }[];
};

describe('CITATION.cff', () => {
  const citation = parseYaml(read('CITATION.cff')) as Record<string, unknown>;
  const validate = validator(fixture('citation-file-format-1.2.0.schema.json'));

  it('is valid under the Citation File Format 1.2.0 schema', () => {
    expect(validate(citation), JSON.stringify(validate.errors)).toBe(true);
    expect(citation['cff-version']).toBe('1.2.0');
  });

  it('is rejected by the schema when broken (negative controls)', () => {
    const broken: [string, (copy: any) => void][] = [
      ['no title', (c) => delete c.title],
      ['no authors', (c) => delete c.authors],
      ['another CFF version', (c) => (c['cff-version'] = '1.1.0')],
      ['a licence that is not SPDX', (c) => (c.license = 'Creative Commons')],
      ['an unknown key', (c) => (c.licence = 'CC-BY-4.0')],
      ['a reference of an unknown type', (c) => (c.references[0].type = 'newspaper')],
      ['a date that is no date', (c) => (c.references[0]['date-published'] = '5 September 2020')],
    ];
    for (const [what, breakIt] of broken) {
      const copy = structuredClone(citation);
      breakIt(copy);
      expect(validate(copy), what).toBe(false);
    }
  });

  it('cites the package’s version under the Data Package’s licence, and the article it annotates', () => {
    expect(citation.version).toBe(manifest.version);
    expect(citation.type).toBe('dataset');
    expect(citation.license).toBe(descriptor.licenses[0]?.name);
    const [reference] = citation.references as Record<string, unknown>[];
    expect(reference?.title).toBe(article.metadata.headline);
    expect(reference?.['date-published']).toBe(article.metadata.datePublished.value);
    expect(reference?.authors).toEqual([{ 'family-names': 'Huang', 'given-names': 'Xinyu' }]);
  });
});

describe('dataset.jsonld', () => {
  const dataset = JSON.parse(read('dataset.jsonld')) as Record<string, any>;
  const context = fixture('schema-org-context.jsonld');
  const documentLoader = (url: string) =>
    /^https?:\/\/schema\.org\/?$/.test(url)
      ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: context })
      : Promise.reject(new Error(`the test loads no document from ${url}`));

  it('is a schema.org Dataset with what Dataset Search asks for', () => {
    expect(dataset['@context']).toBe('https://schema.org');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.name).toBeTruthy();
    expect(String(dataset.description).length).toBeGreaterThanOrEqual(50);
    expect(String(dataset.description).length).toBeLessThanOrEqual(5000);
    expect(dataset.license).toBe(descriptor.licenses[0]?.path);
    expect(dataset.creator).toMatchObject({ '@type': 'Organization' });
    expect(dataset.version).toBe(manifest.version);
    expect(dataset.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.metadata.headline,
      datePublished: article.metadata.datePublished.value,
    });
  });

  it('offers every file of the Data Package, the descriptor and the JSON Schema as DataDownloads', () => {
    const downloads = dataset.distribution as Record<string, string>[];
    for (const download of downloads) {
      expect(download['@type']).toBe('DataDownload');
      expect(download.encodingFormat).toMatch(
        /^(text\/(csv|plain)|application\/(json|schema\+json))$/,
      );
      expect(download.contentUrl).toBe(
        `https://unpkg.com/beijing-digital-economy@${manifest.version}/${download.name}`,
      );
    }
    expect(downloads.map((d) => d.name).sort()).toEqual(
      [
        ...descriptor.resources.map((r) => r.path),
        'datapackage.json',
        'article.schema.json',
      ].sort(),
    );
    const csv = downloads.filter((d) => d.name?.endsWith('.csv'));
    expect(csv.every((d) => d.encodingFormat === 'text/csv')).toBe(true);
  });

  it('expands with a JSON-LD processor without dropping a term', async () => {
    const expanded = JSON.stringify(
      await jsonld.expand(dataset as never, { documentLoader: documentLoader as never }),
    );
    const keys = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null)
        for (const [key, value] of Object.entries(node)) {
          if (!key.startsWith('@')) keys.add(key);
          collect(value);
        }
    };
    collect(dataset);
    for (const key of keys) expect(expanded, key).toContain(`"http://schema.org/${key}"`);
  });

  it('is embedded in the explorer page’s head, escaped for a script element', () => {
    const page = explorerPage();
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(page.indexOf(blocks[0]![0])).toBeLessThan(page.indexOf('</head>'));
    expect(JSON.parse(blocks[0]![1]!)).toEqual(dataset);
  });
});
