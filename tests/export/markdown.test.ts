import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  article,
  toMarkdown,
  toPlainText,
  type Article,
} from '../../src/index.js';
import { NOTES_TRANSLATED } from '../../src/internal/chinese.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const markdown = new MarkdownIt();
const flat = (source: string) =>
  markdown.parse(source, {}).flatMap((token) => [token, ...(token.children ?? [])]);
const count = (source: string, type: string) =>
  flat(source).filter((token) => token.type === type).length;

/** The article with hostile text put into every field that toMarkdown prints. */
function withText(text: string): Article {
  const copy = structuredClone(article) as unknown as {
    metadata: { headline: string; section: string };
    paragraphs: { text: string }[];
    statistics: { label: string; statedAs: string }[];
    quotes: { text: string }[];
    policies: { title: string }[];
    entities: { name: string }[];
  };
  copy.metadata.headline = text;
  copy.metadata.section = text;
  for (const p of copy.paragraphs) p.text = `${text} ${p.text} ${text}`;
  for (const s of copy.statistics) s.label = text;
  for (const q of copy.quotes) q.text = text;
  for (const p of copy.policies) p.title = text;
  for (const e of copy.entities) e.name = text;
  return copy as unknown as Article;
}

const SECTIONS = ['Statistics', 'Quotes', 'Policies', 'Sources'];

describe('toMarkdown', () => {
  // Made in each test, not while the tests are collected (see vitest.mutation.config.ts).
  let source = '';
  beforeEach(() => {
    source = toMarkdown(article);
  });

  it('has the headline, the four sections, and a table row per statistic', () => {
    const headings = flat(source)
      .filter((t, i, all) => all[i - 1]?.type === 'heading_open' && t.type === 'inline')
      .map((t) => t.content);
    expect(headings).toEqual([article.metadata.headline.replace(/\\/g, ''), ...SECTIONS]);
    expect(count(source, 'tr_open')).toBe(article.statistics.length + 1);
  });

  it('keeps the article’s paragraphs and leaves out the site’s labels and comment form', () => {
    const text = flat(source)
      .filter((t) => t.type === 'text')
      .map((t) => t.content)
      .join('\n');
    for (const p of article.paragraphs.filter((p) => p.role === 'body' || p.role === 'lead'))
      expect(text).toContain(p.text);
    expect(text).not.toContain('Leave a Reply');
    expect(text).not.toContain('Your email address');
  });

  it('ties every statistic to its paragraph and words in the sources section', () => {
    const sources = source.slice(source.indexOf('## Sources'));
    for (const s of article.statistics)
      expect(sources).toContain(
        `paragraph ${s.source.anchor.paragraphId}, characters ${s.source.anchor.start}–${s.source.anchor.end}`,
      );
  });

  it('cannot be made to open a heading, link, image or HTML tag by any text in the data', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '# heading',
        '[link](http://x)',
        '<script>alert(1)</script>',
        '![img](x.png)',
        '<http://x>',
        '1. list',
        '- item',
        '> quote',
        '| a | b |',
        '---',
        '=====',
        '```',
        '    code',
        '\n\n# new',
        '&lt;b&gt;',
        '\\',
        '*em* _em_',
      ),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const output = toMarkdown(withText(text));
        expect(count(output, 'heading_open')).toBe(1 + SECTIONS.length);
        for (const type of [
          'link_open',
          'image',
          'html_inline',
          'html_block',
          'fence',
          'code_block',
          'blockquote_open',
          'hr',
        ]) {
          expect(count(output, type), `${type} from ${JSON.stringify(text)}`).toBe(0);
        }
        expect(count(output, 'tr_open')).toBe(article.statistics.length + 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('toMarkdown’s byline, sources and errors', () => {
  it('puts publisher, byline and date on one line, and says the date is inferred', () => {
    expect(toMarkdown(article).split('\n')[2]).toBe(
      'Beijing News · By Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader) · September 5, 2020 (date inferred from the text)',
    );
    expect(toMarkdown(article, { locale: zhHans }).split('\n')[2]).toBe(
      '新京报 · 记者 Huang Xinyu（拼音） 编辑 Wang Jinyu（拼音） 校对 Zhao Lin（拼音） · 2020年9月5日（日期系根据正文推断）',
    );
  });

  it('puts the section between publisher and byline where it is the publisher’s', () => {
    const sectioned = structuredClone(article) as unknown as {
      metadata: { section: string; fieldNotes?: unknown };
    };
    // A section that no note denies is the publisher's.
    delete sectioned.metadata.fieldNotes;
    sectioned.metadata.section = 'Finance';
    expect(toMarkdown(sectioned as unknown as Article).split('\n')[2]).toBe(
      'Beijing News · Finance · By Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader) · September 5, 2020 (date inferred from the text)',
    );
  });

  it('states each figure in the sources as the text does, comparator and all', () => {
    const lines = toMarkdown(article).split('\n');
    const sources = lines.indexOf('## Sources');
    expect(lines.slice(sources, sources + 3)).toEqual([
      '## Sources',
      '',
      '- Digital economy as a share of GDP (more than 50%): paragraph lead, characters 428–439, “exceeds 50%”',
    ]);
  });

  it('gives a Chinese count in the sources with its measure word, once', () => {
    const lines = toMarkdown(article, { locale: zhHans }).split('\n');
    expect(
      lines.filter((line) => line.startsWith('- 入选“2019中国大数据企业500强”的北京企业（')),
    ).toEqual([
      '- 入选“2019中国大数据企业500强”的北京企业（22家）：正文第3段，字符偏移1253～1273，英文译文作“22 Beijing companies”，出自“2019中国大数据企业500强”榜单',
    ]);
  });

  it('gives a figure the notes of that figure alone, not those of a quote that shares its id', () => {
    // Ids are unique within a collection; a quote may share one with a statistic.
    const copy = structuredClone(article) as unknown as { quotes: { id: string }[] };
    const noted = copy.quotes[0];
    if (noted === undefined) throw new Error('the article has no quote');
    noted.id = 'service-trade-volume-2019';
    const lines = toMarkdown(copy as unknown as Article).split('\n');
    const at = lines.indexOf(
      '- Service trade, total import and export volume (more than US$160 billion): paragraph body-1, characters 669–692, “exceeded US$160 billion”',
    );
    expect(lines[at + 1]).toBe(
      '- Share of the country’s service trade (about 20%): paragraph body-1, characters 709–718, “about 20%”',
    );
  });

  it('says once before the Chinese sources that the package translated the notes', () => {
    const lines = toMarkdown(article, { locale: zhHans }).split('\n');
    expect(lines.filter((line) => line === NOTES_TRANSLATED)).toHaveLength(1);
    expect(lines[lines.indexOf(NOTES_TRANSLATED) + 1]).toBe('');
  });

  it('does not say so where it has translated none of the notes, even if a figure has none', () => {
    const untranslated = structuredClone(article) as unknown as {
      statistics: { notes?: { text: string }[] }[];
    };
    for (const s of untranslated.statistics)
      for (const note of s.notes ?? []) note.text = 'A note the package has not translated.';
    // A figure without notes must not count as one whose notes are all translated.
    expect(untranslated.statistics.some((s) => (s.notes ?? []).length === 0)).toBe(true);
    const lines = toMarkdown(untranslated as unknown as Article, { locale: zhHans }).split('\n');
    expect(lines).not.toContain(NOTES_TRANSLATED);
  });

  it('rejects an option it does not know, naming the one it does', () => {
    expect(() => toMarkdown(article, { size: 1 } as never)).toThrow(
      new InvalidOptionError('options.size', 'unknown option; the options are "locale"'),
    );
  });

  it('names what is not an article', () => {
    expect(() => toMarkdown(null as never)).toThrow(InvalidOptionError);
    expect(() => toMarkdown(null as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });
});

describe('toMarkdown’s lists', () => {
  /** The `- ` lines of a section, backslash escapes removed. */
  const listOf = (markdown: string, heading: string) => {
    const at = markdown.indexOf(`\n## ${heading}\n`);
    const next = markdown.indexOf('\n## ', at + 1);
    return markdown
      .slice(at, next)
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.replace(/\\(.)/g, '$1'));
  };

  it('lists every quote in order with its words and its speaker, and every policy with its title and issuers', () => {
    const markdown = toMarkdown(article);
    const quotes = listOf(markdown, 'Quotes');
    expect(quotes).toHaveLength(article.quotes.length);
    article.quotes.forEach((quote, i) => {
      expect(quotes[i]).toContain(quote.text.slice(0, 40));
      expect(quotes[i]).toContain('Jilin');
    });
    const policies = listOf(markdown, 'Policies');
    expect(policies).toHaveLength(article.policies.length);
    article.policies.forEach((policy, i) => expect(policies[i]).toContain(policy.title));
    expect(policies[0]).toContain(
      'issued by Beijing Municipal Party Committee and Beijing Municipal Government',
    );
  });
});

describe('toPlainText', () => {
  it('is the headline, a byline, and the article’s paragraphs separated by blank lines', () => {
    const blocks = toPlainText(article).trimEnd().split('\n\n');
    const body = article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body');
    expect(blocks).toHaveLength(1 + body.length);
    expect(blocks[0]?.split('\n')[0]).toBe(article.metadata.headline);
    expect(blocks.slice(1)).toEqual(body.map((p) => p.text));
  });

  it('makes a line break and the white space around it one space, in any field it prints', () => {
    const headline = 'One \r\n\u2028 two\n\nthree\rfour';
    const text = toPlainText({ ...article, metadata: { ...article.metadata, headline } });
    expect(text.split('\n')[0]).toBe('One two three four');
  });

  it('names what is not an article', () => {
    expect(() => toPlainText(null as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });

  it('cannot gain or lose a paragraph through line breaks in the data', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const blocks = toPlainText(withText(`${text}\n\n${text}\r\n`))
          .trimEnd()
          .split('\n\n');
        expect(blocks).toHaveLength(
          1 + article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').length,
        );
      }),
    );
  });
});
