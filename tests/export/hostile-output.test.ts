// Hostile text that passes the schema (it is only text) must come out of every output harmless.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  article,
  toCSV,
  toJSONLD,
  toJSONLDScript,
  toMarkdown,
  toPlainText,
  type Article,
  type ArticleIds,
} from '../../src/index.js';
import { parseArticle } from '../../src/schema/index.js';

// Only text that parseArticle accepts: no C0 control but tab and line feed (a CR is rejected).
const HOSTILE = [
  '=cmd|" /C calc"!A0',
  '+SUM(1,1)',
  '-2+3',
  '@import',
  '\t=1',
  '</script><script>alert(1)</script>',
  '<!-- comment',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '# heading',
  '\n\n# heading after a blank line',
  'line\u2028separator\u2029paragraph',
  '| cell | cell |',
  '"quoted", with, commas\n',
  '&amp; &lt;',
];

/** The article with `text` as every statistic's label, checked by the schema like any outside data. */
function withLabels(text: string): Article<ArticleIds> {
  const copy = structuredClone(article) as unknown as {
    statistics: { label: string }[];
    metadata: { section: string };
    paragraphs: { role: string; text: string }[];
  };
  for (const s of copy.statistics) s.label = text;
  return parseArticle(copy);
}

const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1 }));

describe('hostile text in data that passed parseArticle', () => {
  it('is neutralised in CSV: no cell starts a formula, and every other character survives', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rows = parseCsv(toCSV(withLabels(text).statistics));
        for (const row of rows.slice(1)) {
          const label = row[1] ?? '';
          expect(label).not.toMatch(/^[=+\-@\t\r]/);
          expect(label).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('cannot open a link, image, heading or HTML in Markdown', () => {
    const markdown = new MarkdownIt();
    fc.assert(
      fc.property(hostile, (text) => {
        const tokens = markdown
          .parse(toMarkdown(withLabels(text)), {})
          .flatMap((t) => [t, ...(t.children ?? [])]);
        for (const type of ['link_open', 'image', 'html_inline', 'html_block'])
          expect(tokens.filter((t) => t.type === type)).toEqual([]);
        expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(5);
      }),
      { numRuns: 100 },
    );
  });

  it('cannot close the <script> element that holds the JSON-LD, and means the same when parsed', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const data = withLabels(text);
        const script = toJSONLDScript(data);
        expect(script).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(script)).toEqual(toJSONLD(data));
      }),
      { numRuns: 100 },
    );
  });

  it('cannot add paragraphs to the plain text', () => {
    const body = article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').length;
    for (const text of HOSTILE) {
      const copy = structuredClone(article) as unknown as { metadata: { section: string } };
      copy.metadata.section = text;
      expect(
        toPlainText(copy as unknown as Article)
          .trimEnd()
          .split('\n\n'),
      ).toHaveLength(1 + body);
    }
  });
});
