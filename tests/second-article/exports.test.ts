import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  formatCitation,
  formatPolicy,
  formatQuote,
  formatStatistic,
  formatValue,
  forArticle,
  toCSL,
  toCSV,
  toJSONLD,
  toJSONLDScript,
  toMarkdown,
  toPlainText,
  toVegaLite,
  toWebAnnotations,
  type Article,
  type ArticleHelpers,
  type ArticleIds,
  type UnitKind,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { walkAnchors } from '../../src/model/walk.js';
import { parseArticle } from '../../src/schema/index.js';
import { rendered } from '../support/citeproc.js';
import { lazy } from '../support/lazy.js';
import { renameIds } from '../support/rename-ids.js';
import { compileWarnings, validate } from '../support/vega-lite.js';
import { builtInWordsIn, second, secondText } from './fixture.js';

const helpers = lazy(() => forArticle(second));
const entityNames = second.entities.map((e) => e.name);
/** U+00A0 and U+202F, which ICU puts in some numbers, read as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The statistics as the text states them, with the comparator in the package's words. */
const LONG_FORMS: Record<string, string | RegExp> = {
  'library-loans-2023': 'more than 300,000 books',
  'library-loans-growth-2023': 'about 15%',
  'library-holdings': '412,000 volumes',
  'library-registered-readers': 'at least 18,000 registered readers',
  'village-reading-rooms': '4 village reading rooms',
  'village-reading-rooms-age': 'less than 3 years',
  'village-reading-rooms-share-of-loans': 'less than 30%',
  'library-provincial-rank-2023': 'top 10',
  'library-spending-2023': /^\D*2\.4 million\D*$/,
  'library-spending-books-and-van-2023': /^at least \D*1 million\D*$/,
  'library-van-villages': '11 villages',
  'library-van-years': '2 years',
  'books-by-post-order-limit': 'at most 5 books',
};

describe('the formatters on the second article', () => {
  it('formatValue gives back the figure as the text writes it, where the text writes it in digits', () => {
    const inDigits = second.statistics.filter(
      (s) => /^\d/.test(s.statedAs) && s.unit.kind !== 'currency' && s.unit.kind !== 'rank',
    );
    expect(inDigits.map((s) => s.id)).toHaveLength(8);
    for (const s of inDigits)
      expect(plain(formatValue(s.value, s.unit, { style: 'long' })), s.id).toBe(s.statedAs);
  });

  it('formatStatistic states every figure with its comparator, label, period and attribution', () => {
    expect(Object.keys(LONG_FORMS)).toEqual(second.statistics.map((s) => s.id));
    for (const s of second.statistics) {
      const expected = LONG_FORMS[s.id]!;
      const bare = plain(formatStatistic(s, { style: 'long', label: false, period: false }));
      if (typeof expected === 'string') expect(bare, s.id).toBe(expected);
      else expect(bare, s.id).toMatch(expected);
      const full = formatStatistic(s, { attribution: helpers().nameOf(s.source.attributedTo) });
      expect(full.startsWith(`${s.label}: `), s.id).toBe(true);
      expect(full, s.id).toContain(helpers().nameOf(s.source.attributedTo));
      expect(builtInWordsIn(full)).toEqual([]);
    }
    expect(formatStatistic(helpers().getStatistic('library-loans-2023'))).toMatch(/\(2023\)$/);
    expect(formatStatistic(helpers().getStatistic('library-holdings'))).toContain('April 23, 2024');
    expect(
      formatStatistic(helpers().getStatistic('library-holdings'), { locale: zhHans }),
    ).toContain('2024年4月23日');
  });

  it('formatQuote gives the words, in quotation marks when they are direct, with the speaker asked for', () => {
    for (const q of second.quotes) {
      const shown = formatQuote(q, { speaker: helpers().nameOf(q.speaker) });
      expect(shown).toContain(q.text);
      expect(shown).toContain('Fang Meilin');
      expect(builtInWordsIn(shown)).toEqual([]);
      expect(builtInWordsIn(formatQuote(q))).toEqual([]);
    }
    expect(formatQuote(helpers().getQuote('fang-meilin-children'))).toMatch(
      /^“Children .*corner,”/,
    );
    expect(formatQuote(helpers().getQuote('fang-meilin-opening-hours'))).not.toMatch(/[“”]/);
  });

  it('formatPolicy gives the title, the day, the status and the supporting documents', () => {
    const plan = formatPolicy(helpers().getPolicy('reading-plan-2024-2026'));
    expect(plan).toContain('Plan for a Reading Willow Ford (2024–2026)');
    expect(plan).toContain('March 8, 2024');
    expect(plan).toContain('3 supporting documents');
    expect(plan).toContain('digital lending');
    const post = formatPolicy(helpers().getPolicy('books-by-post'));
    expect(post).toMatch(/^Books by Post: to be .* on May 1, 2024\.$/);
    expect(formatPolicy(helpers().getPolicy('books-by-post'), { locale: zhHans })).toContain(
      '2024年5月1日',
    );
    for (const p of second.policies) expect(builtInWordsIn(formatPolicy(p))).toEqual([]);
  });
});

describe('the exports of the second article', () => {
  it.each([
    ['en', 'en'],
    ['zh-Hans', zhHans],
  ] as const)(
    'toMarkdown (%s) heads with its headline, lists its figures, quotes and policies, and has no HTML',
    (_tag, locale) => {
      const markdown = toMarkdown(second, { locale });
      expect(markdown.startsWith(`# ${second.metadata.headline}`)).toBe(true);
      for (const s of second.statistics) expect(markdown).toContain(s.label);
      for (const p of second.policies) expect(markdown).toContain(p.title);
      expect(markdown).toContain('Willow Ford Evening Post');
      expect(markdown).toContain('Tang Wenjing');
      expect(builtInWordsIn(markdown)).toEqual([]);
      const tokens = new MarkdownIt().parse(markdown, {});
      expect(tokens.some((t) => t.type === 'html_block' || t.type === 'html_inline')).toBe(false);
    },
  );

  it('toMarkdown’s sources give every figure with its comparator', () => {
    const sources = toMarkdown(second).split('## Sources')[1] ?? '';
    for (const s of second.statistics) {
      const expected = LONG_FORMS[s.id]!;
      const line = sources.split('\n').find((l) => l.startsWith(`- ${s.label} (`)) ?? '';
      const value = plain(line.slice(`- ${s.label} (`.length, line.indexOf('): paragraph')));
      if (typeof expected === 'string') expect(value, s.id).toBe(expected);
      else expect(value, s.id).toMatch(expected);
    }
  });

  it('toPlainText gives the headline, the byline and every paragraph of the report', () => {
    const text = toPlainText(second);
    expect(text.startsWith(`${second.metadata.headline}\n`)).toBe(true);
    expect(text).toContain('Willow Ford Evening Post · Local News · By Tang Wenjing');
    expect(text).toContain('April 23, 2024');
    for (const p of second.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body'))
      expect(text).toContain(p.text);
    expect(builtInWordsIn(text)).toEqual([]);
  });

  it('toCSV has one row per statistic whose offsets hold its stated form in the text', () => {
    const rows = parseCsv<Record<string, string>>(toCSV(second.statistics), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(second.statistics.map((s) => s.id));
    for (const row of rows) {
      const words = secondText.slice(Number(row.start), Number(row.end));
      expect(words, row.id).toContain(row.stated_as);
      const paragraph = second.paragraphs.find((p) => p.id === row.paragraph);
      expect(paragraph?.text, row.id).toContain(words);
      expect(Number(row.value)).toBe(helpers().getStatistic(row.id!).value);
    }
    expect(rows.filter((r) => r.currency === 'CNY').map((r) => r.id)).toEqual([
      'library-spending-2023',
      'library-spending-books-and-van-2023',
    ]);
  });

  it('toJSONLD is one graph of this article: every reference is a node of it, every entity by its name', () => {
    const document = toJSONLD(second);
    const graph = document['@graph'] as readonly Record<string, unknown>[];
    const nodes = new Set(graph.map((node) => node['@id']));
    const references = [...JSON.stringify(graph).matchAll(/\{"@id":"(#[^"]+)"\}/g)].map(
      (m) => m[1],
    );
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) expect(nodes).toContain(reference);
    const count = (type: string) => graph.filter((node) => node['@type'] === type).length;
    expect([
      count('NewsArticle'),
      count('Observation'),
      count('Quotation'),
      count('Legislation'),
    ]).toEqual([1, 13, 6, 2]);
    const names = graph.flatMap((node) => (typeof node.name === 'string' ? [node.name] : []));
    for (const name of entityNames) expect(names).toContain(name);
    expect(graph[0]).toMatchObject({
      headline: second.metadata.headline,
      datePublished: '2024-04-23',
      publisher: { '@id': '#willow-ford-evening-post' },
    });
    expect(builtInWordsIn(JSON.stringify(document))).toEqual([]);
    expect(JSON.parse(toJSONLDScript(second))).toEqual(document);
  });

  it('expands with a JSON-LD processor (offline) without losing a node', async () => {
    const require = createRequire(import.meta.url);
    const jsonld = require('jsonld') as typeof import('jsonld');
    const context = JSON.parse(
      readFileSync(new URL('../fixtures/schema-org-context.jsonld', import.meta.url), 'utf8'),
    ) as object;
    const documentLoader = (url: string) =>
      Promise.resolve({ contextUrl: undefined, documentUrl: url, document: context });
    const expanded = (await jsonld.expand(toJSONLD(second) as never, {
      documentLoader: documentLoader as never,
      base: 'https://example.org/willow-ford',
    })) as { '@id'?: string }[];
    const graph = toJSONLD(second)['@graph'] as readonly unknown[];
    expect(expanded).toHaveLength(graph.length);
    expect(expanded.map((node) => node['@id'])).toContain(
      'https://example.org/willow-ford#fang-meilin',
    );
  });

  it('toCSL is a newspaper article by its reporter in its paper, on its day', () => {
    expect(toCSL(second)).toMatchObject({
      id: second.id,
      type: 'article-newspaper',
      title: second.metadata.headline,
      'container-title': 'Willow Ford Evening Post',
      author: [{ family: 'Tang', given: 'Wenjing' }],
      issued: { 'date-parts': [[2024, 4, 23]] },
    });
  });

  it.each(['apa', 'mla', 'chicago'] as const)(
    'formatCitation (%s) is what citeproc-js renders from its CSL, naming this article',
    (style) => {
      const citation = formatCitation(second, style);
      expect(citation).toBe(rendered(toCSL(second), style));
      expect(citation).toContain('Willow Ford Evening Post');
      expect(citation).toContain('Tang');
      expect(citation).toContain('2024');
      expect(builtInWordsIn(citation)).toEqual([]);
    },
  );

  /** The anchors of the walk that no annotation of `toWebAnnotations` selects, as `role path`. */
  const unannotated = (locale: string | typeof zhHans) => {
    const selected = new Set(
      toWebAnnotations(second, { locale }).first.items.flatMap((annotation) =>
        annotation.target.map(({ selector: [, position] }) => `${position.start}-${position.end}`),
      ),
    );
    return walkAnchors(second)
      .filter(({ anchor }) => !selected.has(`${anchor.start}-${anchor.end}`))
      .map(({ role, path }) => `${role} ${path.join('.')}`);
  };

  it.each([
    ['en', 'en'],
    ['zh-Hans', zhHans],
  ] as const)(
    'toWebAnnotations (%s) selects only this text, and names this article’s people',
    (_tag, locale) => {
      const collection = toWebAnnotations(second, { locale });
      const items = collection.first.items;
      expect(collection.total).toBe(items.length);
      for (const annotation of items) {
        for (const { selector } of annotation.target) {
          const [quote, position] = selector;
          expect(secondText.slice(position.start, position.end)).toBe(quote.exact);
          expect(secondText.slice(0, position.start).endsWith(quote.prefix ?? '')).toBe(true);
          expect(secondText.slice(position.end).startsWith(quote.suffix ?? '')).toBe(true);
        }
      }
      const bodies = JSON.stringify(items.map((a) => a.body));
      expect(bodies).toContain('Fang Meilin');
      expect(builtInWordsIn(bodies)).toEqual([]);
    },
  );

  it.each([
    ['en', 'en'],
    ['zh-Hans', zhHans],
  ] as const)(
    'toWebAnnotations (%s) annotates every anchor of the walk: statements, quotations, mentions, designations, purposes, the date’s evidence',
    (_tag, locale) => {
      expect(unannotated(locale)).toEqual([]);
    },
  );
});

describe.each(['percent', 'currency', 'count', 'rank', 'years'] as const)(
  'toVegaLite of the second article’s %s statistics',
  (kind: UnitKind) => {
    it('charts each of them, credited by name, and compiles and validates as Vega-Lite', () => {
      const group = helpers().findStatistics({ unitKind: kind });
      const names = Object.fromEntries(second.entities.map((e) => [e.id, helpers().nameOf(e.id)]));
      const spec = toVegaLite(group, {
        names,
        title: `Willow Ford’s library in ${kind}`,
        source: 'Source: Willow Ford Evening Post, April 2024',
      });
      const values = (spec.data as { values: { id: string; according: string }[] }).values;
      expect(values.map((v) => v.id)).toEqual(group.map((s) => s.id));
      for (const [i, s] of group.entries())
        expect(values[i]?.according).toBe(helpers().nameOf(s.source.attributedTo));
      expect(compileWarnings(spec)).toEqual([]);
      expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
      expect(builtInWordsIn(JSON.stringify(spec))).toEqual([]);
    });
  },
);

describe('toVegaLite without options', () => {
  // The package's toVegaLite titles and credits a chart as the built-in article's (its statistics
  // alone do not say whose they are); forArticle's toVegaLite takes the article's own words.
  const percent = () => helpers().findStatistics({ unitKind: 'percent' });

  it('from the package, credits the built-in article, whatever it charts', () => {
    expect(builtInWordsIn(JSON.stringify(toVegaLite(percent())))).not.toEqual([]);
  });

  it('from forArticle, names nothing of the built-in article, in English and in Chinese', () => {
    const { toVegaLite: chart } = forArticle(second);
    for (const kind of ['percent', 'currency', 'count', 'rank', 'years'] as const) {
      const group = helpers().findStatistics({ unitKind: kind });
      if (group.length === 0) continue;
      for (const spec of [chart(group), chart(group, { locale: zhHans })])
        expect(builtInWordsIn(JSON.stringify(spec))).toEqual([]);
    }
  });

  it('from forArticle, credits the article’s publisher and month, and names each source', () => {
    const { toVegaLite: chart } = forArticle(second);
    const spec = chart(percent());
    const publisher = helpers().nameOf(second.metadata.publisher);
    expect(spec.title).toEqual({
      text: 'Figures in per cent',
      subtitle: `Source: ${publisher}, April 2024`,
    });
    const values = (spec.data as { values: { according: string }[] }).values;
    expect(values.map((v) => v.according)).toEqual(
      percent().map((s) => helpers().nameOf(s.source.attributedTo)),
    );
    expect(compileWarnings(spec)).toEqual([]);
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
    expect((chart(percent(), { locale: zhHans }).title as { subtitle: string }).subtitle).toBe(
      `来源：${helpers().nameOf(second.metadata.publisher, { locale: zhHans })}，2024年4月`,
    );
  });
});

describe('the second article with some ids that the built-in article also uses', () => {
  // The package's formatters name entities by id from the built-in article (a small table, so that
  // one formatter does not carry the article); for another article, `forArticle(article)` gives
  // formatters that name from it. An article whose ids coincide with the built-in ones shows why.
  const shared: Record<string, string> = {
    'fang-meilin': 'jilin',
    'willow-ford-evening-post': 'beijing-news',
    'county-culture-bureau': 'beijing-municipal-government',
  };
  let reused: Article<ArticleIds>;
  let helpers: ArticleHelpers<ArticleIds>;
  beforeEach(() => {
    reused = parseArticle(renameIds(JSON.parse(JSON.stringify(second)), (id) => shared[id] ?? id));
    helpers = forArticle(reused);
  });

  it('is a valid article that names its own entities through forArticle', () => {
    expect(forArticle(reused).nameOf('jilin')).toBe('Fang Meilin');
  });

  it('the built-in formatters name by the built-in ids (what forArticle is for)', () => {
    expect(reused.quotes.some((q) => builtInWordsIn(formatQuote(q)).length > 0)).toBe(true);
  });

  it('forArticle’s formatQuote names its speaker from the article, not from the built-in one', () => {
    for (const q of reused.quotes) expect(builtInWordsIn(helpers.formatQuote(q))).toEqual([]);
  });

  it('forArticle’s formatStatistic names its source from the article', () => {
    for (const s of reused.statistics)
      expect(builtInWordsIn(helpers.formatStatistic(s))).toEqual([]);
  });

  it('forArticle’s formatPolicy names its issuers from the article', () => {
    for (const p of reused.policies) expect(builtInWordsIn(helpers.formatPolicy(p))).toEqual([]);
  });

  // The Chinese module's forms are of the built-in article's items (zhHans.article); an article
  // whose ids coincide with them gets its words and notes, never the built-in article's names.
  const BUILT_IN_CHINESE = ['吉林', '新京报', '北京市人民政府', '贝壳财经'];
  const chineseOf = (output: string) => BUILT_IN_CHINESE.filter((word) => output.includes(word));

  it('in Chinese, forArticle names its own entities and gives its own labels', () => {
    expect(zhHans.article).toBe('bjnews-2020-09-05-beijing-digital-economy');
    expect(helpers.nameOf('jilin', { locale: zhHans })).toBe('Fang Meilin');
    for (const s of reused.statistics) {
      const shown = helpers.formatStatistic(s, { locale: zhHans });
      expect(shown.startsWith(`${s.label}：`), s.id).toBe(true);
      expect(chineseOf(shown)).toEqual([]);
    }
    for (const q of reused.quotes)
      expect(chineseOf(helpers.formatQuote(q, { locale: zhHans }))).toEqual([]);
    for (const p of reused.policies)
      expect(chineseOf(helpers.formatPolicy(p, { locale: zhHans }))).toEqual([]);
  });

  it('in Chinese, toMarkdown and toWebAnnotations name nothing of the built-in article', () => {
    const markdown = toMarkdown(reused, { locale: zhHans });
    expect(markdown).toContain('Fang Meilin');
    expect(markdown).toContain('2024年4月23日');
    expect(chineseOf(markdown)).toEqual([]);
    expect(builtInWordsIn(markdown)).toEqual([]);
    const bodies = JSON.stringify(
      toWebAnnotations(reused, { locale: zhHans }).first.items.map((a) => a.body),
    );
    expect(chineseOf(bodies)).toEqual([]);
    expect(builtInWordsIn(bodies)).toEqual([]);
  });

  it('toVegaLite credits its figures from the names it is given', () => {
    const percent = helpers.findStatistics({ unitKind: 'percent' });
    const spec = toVegaLite(percent, {
      title: 'Willow Ford',
      source: 'Willow Ford Evening Post',
      names: Object.fromEntries(reused.entities.map((e) => [e.id, helpers.nameOf(e.id)])),
    });
    expect(builtInWordsIn(JSON.stringify(spec))).toEqual([]);
  });
});
