// The guides: their tables of figures are generated from the data, no figure is typed by hand
// outside them, and they read whole in the reference: plain headings, no table that scrolls.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { findNotes, statistics } from '../../src/index.js';
import MarkdownIt from 'markdown-it';
import { CAVEATS_GUIDE, caveatsTables, GUIDE, withTables } from '../../scripts/docs/docs-tables.js';
import { PAYLOADS, tablesFrom, writeHostileTranslations } from '../support/hostile-translations.js';
import { projectRoot } from '../support/built-package.js';

const read = (relative: string) => readFileSync(`${projectRoot}/${relative}`, 'utf8');
/** The prose of a Markdown file: without generated blocks and code blocks, which are checked elsewhere. */
const prose = (text: string) =>
  text
    .replace(/<!-- generated:(\w+) -->[\s\S]*?<!-- \/generated:\1 -->/g, '')
    .replace(/```[\s\S]*?```/g, '');

describe('the guides', () => {
  it('have generated tables that match the data (run `npm run generate` when this fails)', () => {
    const text = readFileSync(GUIDE, 'utf8');
    expect(text).toBe(withTables(text));
    for (const s of statistics) expect(text).toContain(`\`${s.id}\``);
  });

  it('have a Caveats page that lists every note of the data (run `npm run generate` when this fails)', () => {
    const text = readFileSync(CAVEATS_GUIDE, 'utf8');
    expect(text).toBe(withTables(text, caveatsTables(), 'docs/caveats.md'));
    const block =
      /<!-- generated:notes -->([\s\S]*?)<!-- \/generated:notes -->/.exec(text)?.[1] ?? '';
    const listed = block
      .split('\n')
      .filter((line) => /^- \*\*(translation|inference|inconsistency|ambiguity)\*\*: /.test(line));
    expect(listed).toHaveLength(findNotes().length);
    const headings = block.split('\n').filter((line) => line.startsWith('### '));
    for (const { item } of findNotes())
      expect(
        headings.some((h) => h.startsWith(`### ${item.kind}`) && h.includes(item.id)),
        `${item.kind} ${item.id}`,
      ).toBe(true);
  });

  it.each(['docs/data-model.md', 'docs/provenance.md', 'docs/recipes.md'])(
    '%s types no figure of the article by hand',
    (file) => {
      const text = prose(read(file));
      for (const s of statistics.filter((s) => /\d/.test(s.statedAs)))
        expect(text, `${file} quotes ${s.statedAs}`).not.toContain(s.statedAs);
    },
  );
});

/** The guides the reference shows, as typedoc.json lists them. */
const referenceGuides = (): string[] =>
  (JSON.parse(read('typedoc.json')) as { projectDocuments: string[] }).projectDocuments;

/** The tables of a Markdown text, each as rows of cells. */
function tablesOf(text: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of text.replace(/```[\s\S]*?```/g, '').split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    if (current === undefined) tables.push((current = []));
    if (!cells.every((cell) => /^:?-+:?$/.test(cell))) current.push(cells);
  }
  return tables;
}

describe('the guides in the reference', () => {
  it('are the guides in docs/', () => {
    expect(referenceGuides()).toEqual(
      expect.arrayContaining(['docs/data-model.md', 'docs/caveats.md']),
    );
  });

  it.each(referenceGuides())(
    '%s has headings of plain words, so that its contents list reads whole',
    (file) => {
      // TypeDoc's contents list drops code spans: "## Chinese forms (`translations`)" showed as
      // "Chinese forms ()".
      const headings = read(file)
        .replace(/```[\s\S]*?```/g, '')
        .split('\n')
        .filter((line) => /^#{1,6} /.test(line));
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(heading, file).not.toMatch(/`/);
    },
  );

  it.each(referenceGuides())('%s has no table wider than six columns of words', (file) => {
    for (const table of tablesOf(read(file))) {
      const columns = Math.max(...table.map((row) => row.length));
      if (columns <= 6) continue;
      // A wider table is only for short cells (counts), which fit without scrolling.
      for (const row of table.slice(1))
        for (const cell of row.slice(1))
          expect(cell.length, `${file}: ${row.join(' | ')}`).toBeLessThanOrEqual(12);
    }
  });

  it('reads tables as the check above needs (a table made up for the check)', () => {
    expect(tablesOf('| a | b \\| c |\n| --- | --- |\n| 1 | 2 |\n\ntext\n| x |')).toEqual([
      [
        ['a', 'b \\| c'],
        ['1', '2'],
      ],
      [['x']],
    ]);
  });
});

describe('strings from the data in the guides', () => {
  const file = writeHostileTranslations();
  // TypeDoc renders the guides with HTML allowed, as markdown-it does here.
  const markdown = new MarkdownIt({ html: true });
  // Made in each test, not while the tests are collected (see vitest.mutation.config.ts).
  let blocks: ReturnType<typeof tablesFrom>;
  let tokens: ReturnType<typeof markdown.parse>;
  beforeEach(() => {
    blocks = tablesFrom(file);
    tokens = markdown
      .parse(Object.values(blocks).join('\n\n'), {})
      .flatMap((token) => [token, ...(token.children ?? [])]);
  });

  it('come out of a hostile translations file as text: no HTML, no image, no link of theirs', () => {
    expect(tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block')).toEqual([]);
    expect(tokens.filter((t) => t.type === 'image')).toEqual([]);
    const links = tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(new URL(href ?? '').protocol).toMatch(/^https?:$/);
    const html = markdown.render(Object.values(blocks).join('\n\n'));
    expect(html).not.toMatch(/<(script|img|svg|iframe|details|a href="javascript)/i);
  });

  it('show every payload as exactly its words', () => {
    const text = tokens
      .filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => (t.type === 'code_inline' ? `\`${t.content}\`` : t.content))
      .join('');
    for (const [name, payload] of Object.entries(PAYLOADS))
      expect(text, name).toContain(name === 'url' ? PAYLOADS.title : payload);
  });

  it('keep the tables whole: every row of a table has as many cells as its header', () => {
    for (const [name, block] of Object.entries(blocks)) {
      // A block may hold two tables with a sentence between them: each table is checked alone.
      const tablesOfBlock = block.split(/\n(?!\|)[^\n]*\n/).map((part) => part.trim());
      for (const table of tablesOfBlock.filter((part) => part.startsWith('|'))) {
        const cells = table.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
        expect(new Set(cells), name).toEqual(new Set([cells[0]]));
      }
    }
  });
});
