// Chinese readers get Chinese: every name and label has a Chinese form with its provenance, the
// zh-Hans output holds no Latin word outside the published allowlist and the quotations, which
// stay the English translation's words; traditional-script locales get the English output.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../scripts/lib/annotation-schema.js';
import { AnnotationError, buildArticle } from '../scripts/lib/build-article.js';
import { chineseForms } from '../scripts/lib/chinese-forms.js';
import { GUIDE } from '../scripts/docs-tables.js';
import { readTranslationFile } from '../scripts/lib/read-translation-file.js';
import { mergeTranslations, type TranslationFile } from '../scripts/lib/translation-file.js';
import { runCli, type CliEnvironment } from '../src/cli/run.js';
import {
  article,
  entities,
  findStatistics,
  formatPolicy,
  formatQuote,
  formatStatistic,
  getEntity,
  metadata,
  policies,
  quotes,
  statistics,
  toMarkdown,
  toVegaLite,
} from '../src/index.js';
import { ArticleSchema, ChineseFormSchema, ChineseUnitFormSchema } from '../src/schema/index.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };
const MARK = '（英文译文原文，未回译）';
const file = readTranslationFile();
const allowlist = file.keptInLatin.map((entry) => entry.token).sort((a, b) => b.length - a.length);
const SIMPLIFIED = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN'] as const;
const TRADITIONAL = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW'] as const;
const CJK = /[\u3400-\u9fff]/;

/** The words in Latin letters that a text holds once the allowlisted tokens are taken out. */
function latinWords(text: string): string[] {
  let rest = text;
  for (const token of allowlist) rest = rest.split(token).join(' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
}
const zhName = (id: string) => getEntity(id as never).translations?.['zh-Hans']?.name.text ?? id;

describe('the Chinese forms', () => {
  it('exist for every entity, statistic and policy, and for the metadata', () => {
    for (const item of [...entities, ...statistics, ...policies, metadata])
      expect(item.translations?.['zh-Hans']).toBeDefined();
    for (const { role } of metadata.contributors)
      expect(metadata.translations?.['zh-Hans']?.roles[role]).toBeDefined();
  });

  it.each(chineseForms(article).map((row) => [`${row.item} ${row.field}`, row] as const))(
    '%s has a provenance its schema accepts',
    (_name, { form }) => {
      expect(
        ('classifier' in form ? ChineseUnitFormSchema : ChineseFormSchema).safeParse(form).success,
      ).toBe(true);
      if (form.provenance.kind === 'attested') {
        expect(form.provenance.source.excerpt).toContain(form.text);
        expect(form.provenance.source.url).toMatch(/^https?:\/\//);
        expect(CJK.test(form.text)).toBe(true);
      }
    },
  );

  it('never give characters to a person’s name that no source attests', () => {
    for (const person of entities.filter((e) => e.kind === 'person')) {
      const name = person.translations?.['zh-Hans']?.name;
      expect(name?.provenance.kind, person.id).not.toBe('translated');
      if (name?.provenance.kind === 'pinyin') expect(name.text).toBe(person.name);
    }
  });

  it('are rejected by the schema when an attested form is not in its source’s words', () => {
    const [first] = entities;
    const name = first?.translations?.['zh-Hans']?.name;
    if (name?.provenance.kind !== 'attested')
      throw new Error('expected the first entity’s name to be attested');
    const forged = { ...name, text: '上海' };
    expect(ChineseFormSchema.safeParse(forged).success).toBe(false);
    const copy = structuredClone(article) as unknown as {
      entities: { translations: { 'zh-Hans': { name: unknown } } }[];
    };
    copy.entities[0]!.translations['zh-Hans'].name = forged;
    expect(ArticleSchema.safeParse(copy).success).toBe(false);
  });

  it('are all in the data-model guide, with their sources', () => {
    // The guide as a reader sees it: its text unescaped, its links as addresses.
    const tokens = new MarkdownIt()
      .parse(readFileSync(GUIDE, 'utf8'), {})
      .flatMap((token) => [token, ...(token.children ?? [])]);
    const text = tokens.map((token) => (token.type === 'text' ? token.content : '\n')).join('');
    const links = new Set(
      tokens
        .map((t) => (t.type === 'link_open' ? String(t.attrGet('href') ?? '') : ''))
        .filter((href) => /^https?:/.test(href))
        .map((href) => new URL(href).href),
    );
    for (const { form } of chineseForms(article)) {
      expect(text).toContain(form.text);
      if (form.provenance.kind === 'attested')
        expect(links).toContain(new URL(form.provenance.source.url).href);
    }
    for (const token of allowlist) expect(text.split('\n')).toContain(token);
  });
});

describe('the generator', () => {
  const text = readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8');
  const annotation = AnnotationSchema.parse(
    JSON.parse(readFileSync(new URL('../data/article.json', import.meta.url), 'utf8')),
  );
  const built = buildArticle(annotation, text);
  const problemsOf = (change: (copy: TranslationFile) => void) => {
    const copy = structuredClone(file);
    change(copy);
    return mergeTranslations(built, copy).problems;
  };

  it('merges the real file without a problem', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('names a missing item, an unknown id, a wrong excerpt and a missing measure word', () => {
    expect(
      problemsOf((f) => {
        delete f.entities['baidu'];
      }),
    ).toEqual([expect.stringMatching(/entities\.baidu: missing/)]);
    expect(
      problemsOf((f) => {
        f.policies['no-such-policy'] = { title: { text: '无', translated: true } };
      }),
    ).toEqual([expect.stringMatching(/"no-such-policy" is not the id of any item/)]);
    expect(
      problemsOf((f) => {
        f.entities['xiaomi']!.name.text = '大米';
      }),
    ).toEqual([
      expect.stringMatching(/entities\.xiaomi\.name: the excerpt does not contain "大米"/),
    ]);
    expect(
      problemsOf((f) => {
        delete f.statistics['big-data-top-500-beijing-companies-2019']!.unitOf!.classifier;
      }),
    ).toEqual([expect.stringMatching(/needs its measure word/)]);
  });

  it('refuses a form that is both attested and translated', () => {
    expect(
      problemsOf((f) => {
        f.entities['xiaomi']!.name.translated = true;
      }),
    ).toEqual([expect.stringMatching(/exactly one of "source"/)]);
  });

  it('keeps a problem from being written', () => {
    expect(() => {
      const { problems } = mergeTranslations(built, { ...file, entities: {} });
      if (problems.length > 0) throw new AnnotationError(problems);
    }).toThrow(/entities\.jilin: missing/);
  });
});

describe('zh-Hans output', () => {
  it.each(statistics.map((s) => [s.id, s] as const))(
    'of statistic %s holds no Latin word outside the allowlist',
    (_id, s) => {
      const zh = s.translations?.['zh-Hans'];
      for (const style of ['short', 'long'] as const) {
        expect(
          latinWords(
            formatStatistic(s, {
              locale: 'zh-CN',
              style,
              attribution: zhName(s.source.attributedTo),
            }),
          ),
        ).toEqual([]);
      }
      expect(latinWords([zh?.measure.text, zh?.unitOf?.text, zh?.via?.text].join(' '))).toEqual([]);
    },
  );

  it.each(policies.map((p) => [p.id, p] as const))(
    'of policy %s holds no Latin word outside the allowlist',
    (_id, p) => {
      const text = formatPolicy(p, { locale: 'zh-CN', issuers: p.issuedBy.map(zhName) });
      expect(latinWords(text)).toEqual([]);
      expect(text.startsWith(`《${p.translations?.['zh-Hans']?.title.text ?? ''}》`)).toBe(true);
    },
  );

  it('of every entity, as the entities command prints it, holds no Latin word outside the allowlist', () => {
    const lines = runCli(['entities', '--locale', 'zh-CN'], pipe).stdout.trim().split('\n');
    expect(lines).toHaveLength(entities.length);
    for (const line of lines) expect(latinWords(line), line).toEqual([]);
  });

  it('uses every token of the allowlist, so the published list is not stale', () => {
    const all = [
      runCli(['summary', '--locale', 'zh-CN'], pipe).stdout,
      runCli(['entities', '--locale', 'zh-CN'], pipe).stdout,
      ...chineseForms(article).map((row) => row.form.text),
    ].join('\n');
    for (const token of allowlist) expect(all, token).toContain(token);
  });

  it('keeps quotations in the translation’s words, marked as such, in every mode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...quotes),
        fc.constantFrom(...SIMPLIFIED),
        fc.option(fc.constantFrom('吉林', '某人'), { nil: undefined }),
        (quote, locale, speaker) => {
          const text = formatQuote(quote, speaker === undefined ? { locale } : { locale, speaker });
          expect(text).toContain(`“${quote.text}”${MARK}`);
          if (speaker !== undefined)
            expect(
              text.startsWith(quote.mode === 'direct' ? `${speaker}：` : `据${speaker}：`),
            ).toBe(true);
        },
      ),
    );
  });

  it('is the same in words for every simplified-Chinese tag', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statistics), fc.constantFrom(...SIMPLIFIED), (s, locale) => {
        expect(formatStatistic(s, { locale })).toContain(
          s.translations?.['zh-Hans']?.label.text ?? '',
        );
      }),
    );
  });

  it('gives a summary a Chinese reader reads: only the headline and the citation are English, and they say so', () => {
    const lines = runCli(['summary', '--locale', 'zh-CN'], pipe).stdout.trimEnd().split('\n');
    const [headline, ...rest] = lines;
    expect(headline).toBe(`${metadata.headline}${MARK}`);
    const citeAt = rest.findIndex((line) => line.includes('引用格式'));
    expect(rest[citeAt]).toContain('英文');
    const chinese = rest.filter((_line, i) => i !== citeAt + 1);
    for (const line of chinese) expect(latinWords(line), line).toEqual([]);
    expect(chinese.join('\n')).toContain(`${statistics.length}项数据`);
  });

  it('in Markdown puts Chinese headings, labels and names around the English paragraphs', () => {
    const markdown = toMarkdown(article, { locale: 'zh-CN' });
    for (const heading of ['## 数据', '## 引语', '## 政策', '## 出处'])
      expect(markdown).toContain(`\n${heading}\n`);
    const table = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(table).toHaveLength(statistics.length + 1);
    for (const row of table)
      expect(latinWords(row.replace(/\| (lead|body-\d) \|$/, '|')), row).toEqual([]);
    expect(markdown).toContain('以下正文为英文译文原文');
  });

  it('in charts labels the bars and the legend in Chinese', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'percent' }), { locale: 'zh-CN' });
    const values = (spec.data as { values: { label: string; comparator: string }[] }).values;
    for (const datum of values)
      expect(latinWords(`${datum.label} ${datum.comparator}`)).toEqual([]);
    const title = spec.title as { text: string; subtitle: string };
    expect(latinWords(`${title.text} ${title.subtitle}`)).toEqual([]);
  });
});

describe('the English output', () => {
  it('holds no Chinese character', () => {
    for (const s of statistics)
      expect(
        CJK.test(formatStatistic(s, { attribution: getEntity(s.source.attributedTo).name })),
      ).toBe(false);
    for (const p of policies) expect(CJK.test(formatPolicy(p))).toBe(false);
    expect(CJK.test(runCli(['summary'], pipe).stdout)).toBe(false);
    // Notes may quote the Chinese a phrase renders (marked as outside knowledge); all else is English.
    const markdown = toMarkdown(article).split('\n');
    const noteLines = markdown.filter((line) => /^\s*- Note \(/.test(line));
    expect(noteLines.length).toBeGreaterThan(0);
    expect(markdown.filter((line) => !noteLines.includes(line) && CJK.test(line))).toEqual([]);
  });

  it('is what traditional-script locales get, word for word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statistics),
        fc.constantFrom(...TRADITIONAL),
        fc.constantFrom<'short' | 'long'>('short', 'long'),
        (s, locale, style) => {
          expect(formatStatistic(s, { locale, style })).toBe(formatStatistic(s, { style }));
        },
      ),
    );
    expect(runCli(['summary', '--locale', 'zh-TW'], pipe).stdout).toBe(
      runCli(['summary'], pipe).stdout,
    );
  });
});
