// The README is a front door: short, with code a user can run near the top, and an API index of
// one line per export, each linked to its entry in API.md (written from TypeDoc's JSON by
// `npm run docs`, which npm test runs first), so that a new export without a line fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiMarkdown,
  exportsByCategory,
  isValue,
  REFERENCE_JSON,
  slug,
  type Reflection,
} from '../../scripts/docs/api-markdown.js';
import { projectRoot } from '../support/built-package.js';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const readme = read('README.md');
const project = (): Reflection => JSON.parse(readFileSync(REFERENCE_JSON, 'utf8')) as Reflection;

/** The anchors of a Markdown file's headings. */
const anchorsOf = (markdown: string) =>
  new Set(
    markdown
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => slug(line.replace(/^#+ /, ''))),
  );

/** The README's API section: its lines and the `API.md#anchor` links in each. */
function apiIndex(text: string): { line: string; links: { name: string; anchor: string }[] }[] {
  const section = text.split(/^## /m).find((part) => part.startsWith('API\n')) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => ({
      line,
      links: [...line.matchAll(/\[`([^`]+)`[^\]]*\]\(API\.md#([\w-]+)\)/g)].map((match) => ({
        name: match[1] ?? '',
        anchor: match[2] ?? '',
      })),
    }));
}

describe('the README', () => {
  it('is at most 12,000 characters', () => {
    expect(readme.length).toBeLessThanOrEqual(12_000);
  });

  it('shows code a user can run within its first 60 lines', () => {
    const firstCode = readme.split('\n').findIndex((line) => line.startsWith('```'));
    expect(firstCode).toBeGreaterThanOrEqual(0);
    expect(firstCode).toBeLessThan(60);
    expect(readme.split('\n')[firstCode]).toMatch(/^```(ts|js)$/);
  });

  it('tells when to use the package, and keeps the fresh-clone commands', () => {
    for (const use of [
      'Cite a figure',
      'Chart the figures',
      'Check a claim',
      'Study the translation',
      'Teach with it',
    ])
      expect(readme).toContain(use);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test ');
  });
});

describe('the README’s API index', () => {
  const entries = exportsByCategory(project());
  const values = entries.filter(({ reflection }) => isValue(reflection));
  const index = apiIndex(readme);
  const linked = index.flatMap(({ links }) => links);

  it('links every function, class and constant of the main entry to its entry in API.md', () => {
    const main = values.filter(({ module }) => module === 'beijing-digital-economy');
    expect(main.length).toBeGreaterThan(40);
    for (const { reflection, heading } of main)
      expect(linked, reflection.name).toContainEqual({
        name: reflection.name,
        anchor: slug(heading),
      });
  });

  it('links the functions and classes of ./schema, and its schemas as one line', () => {
    for (const { reflection, heading } of values.filter(
      ({ module, reflection }) => module === 'schema' && reflection.kind !== 32,
    ))
      expect(linked, reflection.name).toContainEqual({
        name: reflection.name,
        anchor: slug(heading),
      });
    expect(readme).toContain('[`ArticleSchema` and a schema per type](API.md#');
  });

  it('links only to entries that API.md has, one export per line at most once', () => {
    const anchors = anchorsOf(read('API.md'));
    for (const { anchor } of linked) expect(anchors, anchor).toContain(anchor);
    const names = linked.map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const { line, links } of index) expect(links.length, line).toBeGreaterThan(0);
  });

  it('would miss an export it does not list (an index made up for the check)', () => {
    const shorter = readme.replace('[`getQuote`](API.md#getquote), ', '');
    expect(shorter).not.toBe(readme);
    expect(apiIndex(shorter).flatMap(({ links }) => links)).not.toContainEqual(
      expect.objectContaining({ name: 'getQuote' }),
    );
  });
});

describe('API.md', () => {
  it('is what TypeDoc’s JSON gives now (run `npm run docs` when this fails)', () => {
    expect(read('API.md')).toBe(apiMarkdown(project()));
  });

  it('has an entry for every export of both entry points', () => {
    const anchors = anchorsOf(read('API.md'));
    const entries = exportsByCategory(project());
    expect(entries.length).toBeGreaterThan(120);
    for (const { heading } of entries) expect(anchors).toContain(slug(heading));
  });
});
