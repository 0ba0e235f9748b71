// The guides: their tables of figures are generated from the data, no figure is typed by hand
// outside them, and the README's API section says what the doc comments say.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { findNotes, statistics } from '../src/index.js';
import MarkdownIt from 'markdown-it';
import { CAVEATS_GUIDE, caveatsTables, GUIDE, withTables } from '../scripts/docs-tables.js';
import { PAYLOADS, tablesFrom, writeHostileTranslations } from './support/hostile-translations.js';
import { projectRoot } from './support/built-package.js';

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

/** The options of each function, with their defaults, as the doc comments declare them. */
function documentedOptions(): { fn: string; option: string; fallback: string | undefined }[] {
  const files: Record<string, [string, string]> = {
    formatValue: ['src/format/format-value.ts', 'FormatValueOptions'],
    formatStatistic: ['src/format/format-statistic.ts', 'FormatStatisticOptions'],
    formatQuote: ['src/format/format-quote.ts', 'FormatQuoteOptions'],
    formatPolicy: ['src/format/format-policy.ts', 'FormatPolicyOptions'],
    findStatistics: ['src/query/find-statistics.ts', 'StatisticFilter'],
    findNotes: ['src/query/find-notes.ts', 'NoteFilter'],
    excerpt: ['src/query/excerpt.ts', 'ExcerptOptions'],
    toCSV: ['src/export/to-csv.ts', 'ToCSVOptions'],
    toSpans: ['src/export/to-spans.ts', 'ToSpansOptions'],
    toVegaLite: ['src/chart/to-vega-lite.ts', 'ToVegaLiteOptions'],
    toWebAnnotations: ['src/export/to-web-annotations.ts', 'ToWebAnnotationsOptions'],
  };
  return Object.entries(files).flatMap(([fn, [file, name]]) => {
    const body = new RegExp(`interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(read(file))?.[1] ?? '';
    return [...body.matchAll(/\/\*\*([^]*?)\*\/\s*readonly (\w+)\?/g)].map((m) => ({
      fn,
      option: m[2] ?? '',
      fallback: /@defaultValue `([^`]+)`/.exec(m[1] ?? '')?.[1],
    }));
  });
}

describe('the README API section', () => {
  const readme = read('README.md');
  const options = documentedOptions();

  it('finds the options in the doc comments', () => {
    expect(options.length).toBeGreaterThan(15);
  });

  it.each(options.map((o) => [`${o.fn} ${o.option}`, o] as const))(
    'shows %s with its default',
    (_name, { fn, option, fallback }) => {
      // One sentence gives the locale option of every formatter; the rest sit in the function's row.
      if (option === 'locale' && fn.startsWith('format')) {
        expect(readme).toContain(
          `Every one takes \`locale?: string | Locale\` (default \`${fallback ?? ''}\``,
        );
        return;
      }
      const lines = readme
        .split('\n')
        .filter((line) => line.includes(`\`${fn}(`) && line.includes(`\`${option}`));
      expect(lines.length, `no README line names ${fn} and its option ${option}`).toBeGreaterThan(
        0,
      );
      if (fallback !== undefined && fallback !== 'any') {
        const shown = fallback === 'undefined' ? '(none)' : fallback;
        expect(
          lines.some((line) => line.includes(shown)),
          `README does not give ${fn}'s ${option} default ${shown}`,
        ).toBe(true);
      }
    },
  );
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
      const cells = block.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(cells), name).toEqual(new Set([cells[0]]));
    }
  });
});
