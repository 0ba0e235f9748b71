// Chinese readers get Chinese: every name and label has a Chinese form with its provenance, every
// note a Chinese text, and the zh-Hans output holds no Latin word outside the published allowlist
// and the English translation's own words (quotations, the headline, the paragraphs, phrases a note
// discusses), which it quotes and marks; traditional-script locales get the English output.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../scripts/generate/annotation-schema.js';
import { AnnotationError, buildArticle } from '../../scripts/generate/build-article.js';
import { chineseForms } from '../../scripts/generate/chinese-forms.js';
import { GUIDE } from '../../scripts/docs/docs-tables.js';
import { readTranslationFile } from '../../scripts/generate/read-translation-file.js';
import {
  mergeTranslations,
  type TranslationFile,
} from '../../scripts/generate/translation-file.js';
import { COMMANDS } from '../../src/cli/render.js';
import { runCli, type CliEnvironment } from '../../src/cli/run.js';
import {
  article,
  entities,
  findStatistics,
  formatPolicy,
  formatQuote,
  formatStatistic,
  metadata,
  nameOf,
  policies,
  quotes,
  statistics,
  toMarkdown,
  toSpans,
  toVegaLite,
} from '../../src/index.js';
import {
  ChineseFormSchema,
  ChineseUnitFormSchema,
  LocaleFormsSchema,
} from '../../src/schema/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };
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

/** Markdown's backslash escapes undone, so that escaped text compares with the source. */
const unescape = (text: string) => text.replace(/\\([\\`*_[\]<>|~&#!{}.)+=-])/g, '$1');
/** Whether the words are the English translation's own: each part between ellipses is in the text. */
const inSource = (words: string) =>
  words
    .split('…')
    .map((part) => part.trim())
    .every((part) => article.text.includes(part));

/**
 * Chinese output without the English translation's own words: its paragraphs (the headline among
 * them) wherever they stand whole, and whatever stands in Chinese quotation marks (nested ones
 * included) that the text says word for word. What is left is the package's own words.
 */
function withoutSourceWords(output: string): string {
  // A web address a note cites is an address, not words.
  let text = unescape(output).replace(/https?:\/\/[^\s（）“”，。；：]+/g, '〔网址〕');
  for (const paragraph of article.paragraphs)
    if (paragraph.role !== 'boilerplate') text = text.split(paragraph.text).join(' ');
  let result = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '“') {
      result += text[i];
      continue;
    }
    let depth = 0;
    let end = i;
    for (; end < text.length; end += 1) {
      if (text[end] === '“') depth += 1;
      if (text[end] === '”') depth -= 1;
      if (depth === 0) break;
    }
    const inner = text.slice(i + 1, end);
    if (end < text.length && inSource(inner)) {
      result += '“…”';
      i = end;
    } else result += text[i];
  }
  return result;
}

/** Text without what it quotes in Chinese quotation marks, nested ones included. */
function withoutQuotations(text: string): string {
  let depth = 0;
  let result = '';
  for (const character of text) {
    if (character === '“') depth += 1;
    if (depth === 0) result += character;
    if (character === '”') depth = Math.max(0, depth - 1);
  }
  return result;
}

/** Half-width punctuation touching a Chinese character, which Chinese writes full-width. */
const HALF_WIDTH = /[\u3400-\u9fff][,:;()!?]|[,:;()!?][\u3400-\u9fff]/;
const zhName = (id: string) => nameOf(id as never, { locale: zhHans });

describe('the Chinese forms', () => {
  it('exist in the locale module for every entity, statistic and policy, and for the metadata', () => {
    expect(Object.keys(zhHans.entities)).toEqual(entities.map((e) => e.id));
    expect(Object.keys(zhHans.statistics)).toEqual(statistics.map((s) => s.id));
    expect(Object.keys(zhHans.policies)).toEqual(policies.map((p) => p.id));
    for (const { role } of metadata.contributors) expect(zhHans.metadata.roles[role]).toBeDefined();
    expect(LocaleFormsSchema.safeParse(zhHans).success).toBe(true);
  });

  it('are not in the main data: the article carries no Chinese form’s provenance and no note’s translation', () => {
    const json = JSON.stringify(article);
    expect(json).not.toContain('translations');
    expect(json).not.toContain('provenance');
    // (English notes may name a Chinese term they explain, or cite a page a form is attested by;
    // the page's words that attest the form are not there.)
    for (const { form } of chineseForms(article, zhHans))
      if (form.provenance.kind === 'attested')
        expect(json).not.toContain(form.provenance.source.excerpt);
    for (const text of Object.values(zhHans.notes)) expect(json).not.toContain(text);
  });

  it('are deeply frozen', () => {
    expect(Object.isFrozen(zhHans)).toBe(true);
    expect(Object.isFrozen(zhHans.entities.jilin.name.provenance)).toBe(true);
    expect(Object.isFrozen(zhHans.words.comparators)).toBe(true);
  });

  it.each(chineseForms(article, zhHans).map((row) => [`${row.item} ${row.field}`, row] as const))(
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
      const { name } = zhHans.entities[person.id];
      expect(name.provenance.kind, person.id).not.toBe('translated');
      if (name.provenance.kind === 'pinyin') expect(name.text).toBe(person.name);
    }
  });

  it('are rejected by the schema when an attested form is not in its source’s words', () => {
    const { name } = zhHans.entities.jilin;
    if (name.provenance.kind !== 'attested')
      throw new Error('expected the name of jilin to be attested');
    const forged = { ...name, text: '上海' };
    expect(ChineseFormSchema.safeParse(forged).success).toBe(false);
    const copy = structuredClone({ ...zhHans, words: undefined }) as unknown as {
      entities: { jilin: { name: unknown } };
    };
    copy.entities.jilin.name = forged;
    expect(LocaleFormsSchema.safeParse(copy).success).toBe(false);
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
    for (const { form } of chineseForms(article, zhHans)) {
      expect(text).toContain(form.text);
      if (form.provenance.kind === 'attested')
        expect(links).toContain(new URL(form.provenance.source.url).href);
    }
    for (const token of allowlist) expect(text.split('\n')).toContain(token);
  });
});

describe('the generator', () => {
  const text = readFileSync(new URL('../../data/article.txt', import.meta.url), 'utf8');
  const annotation = AnnotationSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/annotations.json', import.meta.url), 'utf8')),
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

  it('fails loudly on a note reworded since its Chinese was written, and on a note without Chinese', () => {
    const reworded = structuredClone(built);
    const [note] = reworded.statistics.find(
      (s) => s.id === 'big-data-top-500-national-share-2019',
    )!.notes!;
    (note as { text: string }).text = `${note!.text} Reworded.`;
    const problems = mergeTranslations(reworded, file).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /notes\[\d+\]: stale: no note of data\/article\.json reads "22 companies/,
      ),
      expect.stringMatching(
        /the note on statistic big-data-top-500-national-share-2019 has no Chinese text/,
      ),
    ]);
    expect(
      problemsOf((f) => {
        f.notes = f.notes.filter((entry) => !entry.en.startsWith('22 companies'));
      }),
    ).toEqual([expect.stringMatching(/has no Chinese text; add \{ "en": "22 companies/)]);
    expect(
      problemsOf((f) => {
        f.notes.push({ ...f.notes[0]! });
      }),
    ).toEqual([expect.stringMatching(/a second translation of/)]);
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
      const zh = zhHans.statistics[s.id];
      for (const style of ['short', 'long'] as const) {
        expect(
          latinWords(
            formatStatistic(s, {
              locale: zhHans,
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
      const text = formatPolicy(p, { locale: zhHans, issuers: p.issuedBy.map(zhName) });
      expect(latinWords(text)).toEqual([]);
      expect(text.startsWith(`《${zhHans.policies[p.id].title.text}》`)).toBe(true);
    },
  );

  it('of every entity, as the entities command prints it, holds no Latin word outside the allowlist', () => {
    const lines = runCli(['entities', '--locale', 'zh-CN'], pipe).stdout.trim().split('\n');
    expect(lines).toHaveLength(entities.length);
    for (const line of lines) expect(latinWords(line), line).toEqual([]);
  });

  it('uses every token of the allowlist, so the published list is not stale', () => {
    // Outside the translation's own words: a token used only inside them is not needed.
    const all = withoutSourceWords(
      [
        ...COMMANDS.map((command) => runCli([command, '--locale', 'zh-CN'], pipe).stdout),
        ...chineseForms(article, zhHans).map((row) => row.form.text),
      ].join('\n'),
    );
    for (const token of allowlist) expect(all, token).toContain(token);
  });

  it('frames quotations as Chinese prose and keeps them in the translation’s words, in every mode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...quotes),
        fc.option(fc.constantFrom('吉林', '某人'), { nil: undefined }),
        (quote, speaker) => {
          const locale = zhHans;
          const text = formatQuote(quote, speaker === undefined ? { locale } : { locale, speaker });
          expect(text.endsWith(`“${quote.text}”`)).toBe(true);
          if (speaker !== undefined)
            expect(text).toBe(
              quote.mode === 'direct'
                ? `${speaker}表示：“${quote.text}”`
                : `据${speaker}介绍，“${quote.text}”`,
            );
        },
      ),
    );
  });

  it('says once per list, before it, that the quotations are the translation’s words', () => {
    for (const format of ['text', 'md']) {
      const out = runCli(['quotes', '--locale', 'zh-CN', '--format', format], pipe).stdout;
      expect(out.split('照录英文译文')).toHaveLength(2);
      expect(out.startsWith('以下引语照录英文译文，未译回中文。')).toBe(true);
    }
    const markdown = toMarkdown(article, { locale: zhHans });
    const section = markdown.slice(markdown.indexOf('## 引语'), markdown.indexOf('## 政策'));
    expect(section.split('照录英文译文')).toHaveLength(2);
    // No word of the marker clashes: nothing the package shows is called 原文 (the original).
    for (const command of COMMANDS)
      expect(runCli([command, '--locale', 'zh-CN'], pipe).stdout, command).not.toMatch(
        /译文原文|未回译/,
      );
  });

  it('is what the command line prints for every simplified-Chinese tag, taking the module itself', () => {
    const reference = runCli(['stats', '--locale', 'zh-CN'], pipe).stdout;
    expect(reference).toContain(zhHans.statistics['service-trade-volume-2019'].label.text);
    for (const locale of SIMPLIFIED)
      expect(runCli(['stats', '--locale', locale], pipe).stdout, locale).toBe(reference);
  });

  it('gives a summary a Chinese reader reads: the headline is the translation’s and says so, the reference is GB/T 7714', () => {
    const lines = runCli(['summary', '--locale', 'zh-CN'], pipe).stdout.trimEnd().split('\n');
    const [headline, byline, ...rest] = lines;
    expect(headline).toBe(`${metadata.headline}（标题照录英文译文，未译回中文）`);
    expect(byline).toBe(
      '新京报 · 记者 Huang Xinyu（拼音） 编辑 Wang Jinyu（拼音） 校对 Zhao Lin（拼音） · 2020年9月5日（日期系根据正文推断）',
    );
    expect(rest).toContain('  - 服务贸易进出口总额：超过1600亿美元（2019年），据吉林');
    expect(rest).toContain('  - 中关村软件园企业总产值：2868.9亿元（2019年），据吉林');
    expect(rest).toContain('  - 入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林');
    expect(rest.at(-1)).toBe(`  Huang Xinyu. ${metadata.headline}[N]. 新京报, 2020-09-05.`);
    expect(rest.join('\n')).toContain(`${statistics.length}项数据`);
  });

  it('marks the date the text does not state in one wording everywhere', () => {
    const outputs = [
      runCli(['summary', '--locale', 'zh-CN'], pipe).stdout,
      runCli(['summary', '--locale', 'zh-CN', '--format', 'md'], pipe).stdout,
      toMarkdown(article, { locale: zhHans }),
    ];
    for (const output of outputs) {
      expect(output).toContain('2020年9月5日（日期系根据正文推断）');
      expect(output.match(/（日期系[^）]*）/g)).toEqual(['（日期系根据正文推断）']);
    }
  });

  it('prints money and counts as a Chinese paper does in the stats command', () => {
    const stats = runCli(['stats', '--locale', 'zh-CN'], pipe).stdout;
    expect(stats).toContain('服务贸易进出口总额：超过1600亿美元（2019年），据吉林');
    expect(stats).toContain('中关村软件园企业总产值：2868.9亿元（2019年），据吉林');
    expect(stats).toContain('入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林');
    expect(stats).toContain('中关村软件园内的企业总部和研发中心：超过600家，据吉林');
    expect(stats).not.toMatch(/US\$|¥|亿企业|家企业/);
  });

  it('names each span of the spans command by its item, with the words it covers, and each relation by the items it joins', () => {
    const document = toSpans(article);
    const output = runCli(['spans', '--locale', 'zh-CN'], pipe).stdout.trimEnd().split('\n');
    const spanLines = output.slice(0, document.spans.length);
    document.spans.forEach((span, i) =>
      expect(spanLines[i]).toContain(
        `字符偏移${span.start}～${span.end}，英文译文作“${article.text.slice(span.start, span.end)}”）`,
      ),
    );
    expect(spanLines[0]).toBe('实体“吉林”（人物，字符偏移12～17，英文译文作“Jilin”）');
    // A speech is no 活动, in the spans as in the entities.
    expect(
      spanLines.filter((line) => line.startsWith('实体“习近平总书记重要讲话”（讲话，')),
    ).not.toEqual([]);
    expect(spanLines.join('\n')).not.toMatch(/活动，字符偏移2481/);
    const said = (type: string) => document.relations.filter((r) => r.type === type).length;
    expect(output.filter((line) => line.includes('）的说话人：实体“'))).toHaveLength(
      said('speaker'),
    );
    expect(output.filter((line) => line.includes('）的信息来源：实体“'))).toHaveLength(
      said('source'),
    );
    // The offsets are said to be into the English translation, with the end excluded (12～17 is
    // the five letters of “Jilin”), as the words they cover show.
    expect(output.at(-1)).toBe(
      '字符偏移指英文译文中的位置，含起点、不含终点，按UTF-16码元计数（本文中与按码位计数相同）。',
    );
    expect(article.text.slice(12, 17)).toBe('Jilin');
    // A name kept in Pinyin takes its mark into the one bracket that follows, as in the entities.
    expect(spanLines).toContain(
      '实体“Huang Xinyu”（拼音，人物，字符偏移159～170，英文译文作“Huang Xinyu”）',
    );
    expect(output.join('\n')).not.toContain('）（');
    expect(runCli(['spans'], pipe).stdout.split('\n')[0]).toBe(
      'PERSON 12–17 mention:jilin:1 “Jilin”',
    );
  });

  it('gives a Pinyin name’s mark to the one bracket after it in the annotations too', () => {
    const output = runCli(['annotations', '--locale', 'zh-CN'], pipe).stdout.split('\n');
    expect(output).toContain(
      '实体“Huang Xinyu”（拼音，标识，字符偏移159～170，英文译文作“Huang Xinyu”）：Huang Xinyu（拼音；人物；新京报贝壳财经记者）',
    );
    expect(output.filter((line) => line.includes('）（'))).toEqual([]);
  });

  it('says the spans’ offsets equal code points only for a text where they do', () => {
    const astral = { ...article, text: `${article.text}\u{1F600}` };
    const readArticle = () => astral;
    const last = (locale: string) =>
      runCli(['spans', '--locale', locale, '--input', 'x.json'], { ...pipe, readArticle })
        .stdout.trimEnd()
        .split('\n')
        .at(-1);
    expect(last('zh-CN')).toBe('字符偏移指英文译文中的位置，含起点、不含终点，按UTF-16码元计数。');
    expect(last('en')).toBe('Offsets count UTF-16 code units.');
    expect(runCli(['spans'], pipe).stdout.trimEnd().split('\n').at(-1)).toBe(
      'Offsets count UTF-16 code units (here equal to Unicode code points).',
    );
  });

  it.each(
    COMMANDS.flatMap((command) =>
      (['text', 'md'] as const).map((format) => [command, format] as const),
    ),
  )(
    'of the command line, %s as %s, holds no Latin word outside the allowlist and the translation’s own words',
    (command, format) => {
      const output = runCli([command, '--locale', 'zh-CN', '--format', format], pipe).stdout;
      expect(output.length).toBeGreaterThan(0);
      const own = withoutSourceWords(output);
      expect(latinWords(own)).toEqual([]);
      // Full-width punctuation around Chinese; a GB/T 7714 reference keeps the standard's own, and
      // a page quoted word for word its own.
      const prose = withoutQuotations(own)
        .split('\n')
        .filter((line) => !line.includes('[N]. '))
        .filter((line) => HALF_WIDTH.test(line));
      expect(prose).toEqual([]);
    },
  );

  it('can fail: the checks above catch an English word and half-width punctuation', () => {
    expect(latinWords(withoutSourceWords('数据：more than 50%'))).toEqual(['more', 'than']);
    expect(latinWords(withoutSourceWords('据吉林介绍，“exceeds 50%”'))).toEqual([]);
    expect(latinWords(withoutSourceWords('“exceeds fifty”'))).toEqual(['exceeds', 'fifty']);
    expect(HALF_WIDTH.test('数据:50%')).toBe(true);
    expect(HALF_WIDTH.test('数据：50%')).toBe(false);
  });

  it('marks every name kept in Pinyin, and glues none onto Chinese', () => {
    const entitiesOut = runCli(['entities', '--locale', 'zh-CN'], pipe).stdout;
    expect(entitiesOut).toContain('Huang Xinyu（拼音；人物；新京报贝壳财经记者）：提及2次');
    const all = COMMANDS.map((command) => runCli([command, '--locale', 'zh-CN'], pipe).stdout).join(
      '\n',
    );
    for (const person of entities.filter(
      (e) => zhHans.entities[e.id].name.provenance.kind === 'pinyin',
    )) {
      const name = zhHans.entities[person.id].name.text;
      const parts = withoutSourceWords(all).split(name);
      expect(parts.length, name).toBeGreaterThan(1);
      // Marked right after it, or listed in a parenthesis that says 拼音 (人名用拼音（…）), or the
      // author of the GB/T 7714 reference.
      parts.slice(1).forEach((after, i) => {
        const before = parts.slice(0, i + 1).join(name);
        const inParenthesis = before.slice(before.lastIndexOf('（') - 2).startsWith('拼音（');
        expect(/^（拼音|^\. /.test(after) || inParenthesis, `${name}${after.slice(0, 20)}`).toBe(
          true,
        );
      });
    }
    // No Latin word stands right after a Chinese character outside quotation marks, but the
    // abbreviations and names Chinese writing keeps so (GDP, IT, 5G, UTF-16).
    const glued = withoutSourceWords(all).match(/[\u3400-\u9fff][A-Za-z]+/g) ?? [];
    expect(glued.filter((word) => !/(GDP|IT|WordPress|UTF)$/.test(word))).toEqual([]);
  });

  it('gives 服贸会 its full name and a speech its own kind word', () => {
    const entitiesOut = runCli(['entities', '--locale', 'zh-CN'], pipe).stdout;
    expect(entitiesOut).toContain('中国国际服务贸易交易会（简称“服贸会”；活动）');
    expect(entitiesOut).toMatch(/习近平总书记重要讲话（讲话；/);
    expect(entitiesOut).not.toMatch(/讲话（活动/);
  });

  it('in Markdown puts Chinese headings, labels, names, sources and notes around the English paragraphs', () => {
    const markdown = toMarkdown(article, { locale: zhHans });
    for (const heading of ['## 数据', '## 引语', '## 政策', '## 出处'])
      expect(markdown).toContain(`\n${heading}\n`);
    const table = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(table).toHaveLength(statistics.length + 1);
    for (const row of table) expect(latinWords(row), row).toEqual([]);
    expect(table).toContain(
      '| 入选“2019中国大数据企业500强”的北京企业 | 22家 | 2019年 | 吉林 | 正文第3段 |',
    );
    expect(markdown).toContain('（以上标题与以下正文照录英文译文，未译回中文。）');
    expect(markdown).toContain(
      '- 数字经济占GDP比重（超过50%）：导语，字符偏移428～439，英文译文作“exceeds 50%”',
    );
    const notes = markdown.split('\n').filter((line) => line.startsWith('  - 注（'));
    expect(notes.length).toBe(statistics.reduce((n, s) => n + (s.notes?.length ?? 0), 0));
    expect(markdown).toContain('  - 注（不一致）：500家榜单中的22家企业占4.4%，而不是44%');
    expect(latinWords(withoutSourceWords(markdown))).toEqual([]);
  });

  it('in charts labels the bars, the legend and the tooltips in Chinese, with the notes’ Chinese text', () => {
    for (const unitKind of ['percent', 'currency', 'count', 'rank', 'years'] as const) {
      const spec = toVegaLite(findStatistics({ unitKind }), { locale: zhHans });
      const values = (
        spec.data as {
          values: {
            label: string;
            comparator: string;
            display: string;
            according: string;
            notes: string;
          }[];
        }
      ).values;
      for (const datum of values) {
        const shown = [datum.label, datum.comparator, datum.display, datum.according, datum.notes];
        expect(latinWords(withoutSourceWords(shown.join(' '))), datum.label).toEqual([]);
        expect(datum.according).toBe('吉林');
      }
      const title = spec.title as { text: string; subtitle: string };
      expect(latinWords(`${title.text} ${title.subtitle}`)).toEqual([]);
      expect(spec.description).toBe(`${title.text}。${title.subtitle}。`);
    }
    const percent = toVegaLite(findStatistics({ unitKind: 'percent' }), { locale: zhHans });
    const share = (percent.data as { values: { id: string; notes: string }[] }).values.find(
      (datum) => datum.id === 'big-data-top-500-national-share-2019',
    );
    expect(share?.notes).toMatch(/^不一致：500家榜单中的22家企业占4\.4%，而不是44%/);
    expect(share?.notes).toMatch(/照样保留；另有推断说明。$/);
  });
});

describe('the English output', () => {
  it('holds no Chinese character', () => {
    for (const s of statistics)
      expect(CJK.test(formatStatistic(s, { attribution: nameOf(s.source.attributedTo) }))).toBe(
        false,
      );
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
