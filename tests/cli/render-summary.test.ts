// The summary command in every format and locale, the Chinese citation it and `cite` end with,
// the JSON-LD that a command cuts down to its own nodes, and the annotations' rows.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { render, type RenderOptions } from '../../src/cli/render.js';
import { runCli, type CliEnvironment } from '../../src/cli/run.js';
import type { Article, ArticleIds } from '../../src/types/index.js';
import { second } from '../second-article/fixture.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };
const stdoutOf = (...args: string[]) => {
  const { exitCode, stdout, stderr } = runCli(args, pipe);
  expect([exitCode, stderr]).toEqual([0, '']);
  return stdout;
};
const options = (format: RenderOptions['format'], locale: string): RenderOptions => ({
  format,
  locale,
  style: undefined,
  bold: (text) => `**${text}**`,
});

/** The second article with its metadata changed: plain data, no code of the package. */
const secondWith = (metadata: Partial<Article<ArticleIds>['metadata']>): Article<ArticleIds> => ({
  ...second,
  metadata: { ...second.metadata, ...metadata },
});
const settled = () =>
  secondWith({ datePublished: { ...second.metadata.datePublished, inferred: false } });

const HEADLINE =
  'Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country';

const ENGLISH_STATISTICS = [
  '  - Digital economy as a share of GDP: more than 50% (2019), according to Jilin',
  '  - National rank of the digital economy’s share of GDP: 1st (2019), according to Jilin',
  '  - Service trade, total import and export volume: more than US$160 billion (2019), according to Jilin',
  '  - Share of the country’s service trade: about 20% (2019), according to Jilin',
  '  - Global rank in service trade: top 20, according to Jilin',
  '  - Headquarters and R&D centres in Zhongguancun Software Park: more than 600 headquarters and global R&D centers, according to Jilin',
  '  - Total output value of enterprises in Zhongguancun Software Park: CN¥286.89 billion (2019), according to Jilin',
  '  - Beijing companies on the 2019 China Top 500 Big Data Companies list: 22 companies (2019), according to Jilin',
  '  - Beijing’s share of the 2019 China Top 500 Big Data Companies list: 44% (2019), according to Jilin',
  '  - National rank on the 2019 China Top 500 Big Data Companies list: 1st (2019), according to Jilin',
  '  - Cloud and platform access rate of industrial enterprises above designated size: more than 40%, according to Jilin',
  '  - Rank in the State Council’s assessment of the business environment of major cities: 1st, according to Jilin',
  '  - Consecutive years ranked first for business environment: 2 years, according to Jilin',
];

const CHINESE_STATISTICS = [
  '  - 数字经济占GDP比重：超过50%（2019年），据吉林',
  '  - 数字经济占GDP比重的全国排名：第一（2019年），据吉林',
  '  - 服务贸易进出口总额：超过1600亿美元（2019年），据吉林',
  '  - 占全国服务贸易的比重：约20%（2019年），据吉林',
  '  - 服务贸易全球排名：前20名，据吉林',
  '  - 中关村软件园内的企业总部和研发中心：超过600家，据吉林',
  '  - 中关村软件园企业总产值：2868.9亿元（2019年），据吉林',
  '  - 入选“2019中国大数据企业500强”的北京企业：22家（2019年），据吉林',
  '  - 北京企业占“2019中国大数据企业500强”的比重：44%（2019年），据吉林',
  '  - “2019中国大数据企业500强”上榜企业数的全国排名：第一（2019年），据吉林',
  '  - 规模以上工业企业上云上平台率：超过40%，据吉林',
  '  - 国务院全国大城市营商环境评价排名：第一，据吉林',
  '  - 营商环境评价连续排名第一的年数：2年，据吉林',
];

const SECOND_STATISTICS = [
  'Books lent: more than 300,000 books (2023), according to Fang Meilin',
  'Growth in books lent: about 15% (2023), according to Fang Meilin',
  'Volumes held: 412,000 volumes (April 23, 2024), according to Fang Meilin',
  'Registered readers: at least 18,000 registered readers, according to Fang Meilin',
  'Village reading rooms: 4 village reading rooms, according to Fang Meilin',
  'Age of the village reading rooms: less than 3 years, according to Fang Meilin',
  'Village reading rooms’ share of loans: less than 30%, according to Fang Meilin',
  'Rank among the province’s county libraries: top 10 (2023), according to Fang Meilin',
  'County spending on the library: CN¥2.4 million (2023), according to Willow Ford Evening Post',
  'Spending on new books and a library van: at least CN¥1 million (2023), according to Willow Ford Evening Post',
  'Villages the library van visits: 11 villages, according to Willow Ford Evening Post',
  'Years the library van has run: 2 years, according to Willow Ford Evening Post',
  'Books per order by post: at most 5 books, according to Willow Ford Evening Post',
];

describe('the summary command in English', () => {
  it('gives the headline, the byline line without a section the data denies, every statistic and an APA citation', () => {
    expect(stdoutOf('summary')).toBe(
      [
        HEADLINE,
        'Beijing News · By Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader) · September 5, 2020 (inferred)',
        '',
        '13 statistics:',
        ...ENGLISH_STATISTICS,
        '',
        '10 quotes, 2 policies, 21 entities. Cite as:',
        `  Huang, X. (2020, September 5). ${HEADLINE}. Beijing News.`,
        '',
      ].join('\n'),
    );
  });

  it('names the section of an article whose data does not deny it, and bolds the headline alone', () => {
    const text = render('summary', second, options('text', 'en'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      '**Fang Meilin: the county library lent more than 300,000 books last year**',
      'Willow Ford Evening Post · Local News · By Tang Wenjing (reporter), Lu Haoran (editor) · April 23, 2024 (inferred)',
      '',
      '13 statistics:',
    ]);
    expect(text.split('\n').slice(4, 17)).toEqual(SECOND_STATISTICS.map((line) => `  - ${line}`));
    expect(text.split('\n').slice(17)).toEqual([
      '',
      '6 quotes, 2 policies, 8 entities. Cite as:',
      '  Tang, W. (2024, April 23). Fang Meilin: the county library lent more than 300,000 books last year. Willow Ford Evening Post.',
      '',
    ]);
  });

  it('says nothing of inference for a date the text states', () => {
    expect(render('summary', settled(), options('text', 'en')).split('\n')[1]).toBe(
      'Willow Ford Evening Post · Local News · By Tang Wenjing (reporter), Lu Haoran (editor) · April 23, 2024',
    );
  });

  it('cites in the style asked for', () => {
    expect(stdoutOf('summary', '--style', 'mla').split('\n').slice(-2)).toEqual([
      `  Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, 5 Sept. 2020.`,
      '',
    ]);
  });
});

describe('the summary command in Chinese', () => {
  it('gives every word in Chinese but the headline and the Pinyin names, and a GB/T 7714 reference', () => {
    expect(stdoutOf('summary', '--locale', 'zh-CN')).toBe(
      [
        `${HEADLINE}（标题照录英文译文，未译回中文）`,
        '新京报 · 记者 Huang Xinyu（拼音） 编辑 Wang Jinyu（拼音） 校对 Zhao Lin（拼音） · 2020年9月5日（日期系根据正文推断）',
        '',
        '13项数据：',
        ...CHINESE_STATISTICS,
        '',
        '另有10条引语、2项政策、21个实体。引用格式（GB/T 7714—2015；题名照录英文译文）：',
        `  Huang Xinyu. ${HEADLINE}[N]. 新京报, 2020-09-05.`,
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'mla',
      '另有10条引语、2项政策、21个实体。引用格式（MLA格式，英文）：',
      '  Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, 5 Sept. 2020.',
    ],
    [
      'chicago',
      '另有10条引语、2项政策、21个实体。引用格式（Chicago格式，英文）：',
      '  Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, September 5, 2020.',
    ],
  ])('cites in English, and says so, when --style %s is asked for', (style, note, citation) => {
    expect(
      stdoutOf('summary', '--locale', 'zh-CN', '--style', style).split('\n').slice(-3),
    ).toEqual([note, citation, '']);
  });

  it('says nothing of inference for a date the text states', () => {
    expect(render('summary', settled(), options('text', 'zh-CN')).split('\n').slice(0, 2)).toEqual([
      '**Fang Meilin: the county library lent more than 300,000 books last year**（标题照录英文译文，未译回中文）',
      'Willow Ford Evening Post · Local News · 记者 Tang Wenjing 编辑 Lu Haoran · 2024年4月23日',
    ]);
  });

  it('names every reporter in the GB/T 7714 reference, and no one of another role', () => {
    const twoReporters = secondWith({
      contributors: [
        { entity: 'tang-wenjing', role: 'reporter' },
        { entity: 'lu-haoran', role: 'reporter' },
      ],
    });
    expect(render('summary', twoReporters, options('text', 'zh-CN')).split('\n').slice(-2)).toEqual(
      [
        '  Tang Wenjing, Lu Haoran. Fang Meilin: the county library lent more than 300,000 books last year[N]. Willow Ford Evening Post, 2024-04-23.',
        '',
      ],
    );
  });
});

describe('the summary command as data', () => {
  it('is, as CSV, one field a row with its value, the same in every locale', () => {
    const expected = [
      'field,value',
      `headline,"${HEADLINE}"`,
      'section,World News',
      'publisher,Beijing News',
      'byline,"Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader)"',
      'date_published,2020-09-05',
      'date_inferred,true',
      'word_count,606',
      'statistics,13',
      'quotes,10',
      'policies,2',
      'entities,21',
      '',
    ].join('\r\n');
    expect(stdoutOf('summary', '--format', 'csv')).toBe(expected);
    expect(stdoutOf('summary', '--format', 'csv', '--locale', 'zh-CN')).toBe(expected);
  });

  it('keeps, as CSV, a spreadsheet from reading a headline or section as a formula', () => {
    const csv = render(
      'summary',
      secondWith({ headline: '=1+1 books', section: '@Local' }),
      options('csv', 'en'),
    );
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'field,value',
      "headline,'=1+1 books",
      "section,'@Local",
    ]);
  });

  it('is, as Markdown, the article itself under its headline', () => {
    expect(stdoutOf('summary', '--format', 'md').split('\n').slice(0, 5)).toEqual([
      `# ${HEADLINE}`,
      '',
      'Beijing News · By Huang Xinyu (reporter), Wang Jinyu (editor), Zhao Lin (proofreader) · September 5, 2020 (date inferred from the text)',
      '',
      expect.stringMatching(
        /^Beijing News Shell Finance News \(Reporter Huang Xinyu\) On September 5, .* national digital economy\.$/,
      ),
    ]);
  });
});

describe('a command’s JSON-LD', () => {
  it('holds only the nodes of what the command prints: for cite, the article', () => {
    const document = JSON.parse(stdoutOf('cite', '--format', 'jsonld')) as {
      '@context': string;
      '@graph': { '@id': string }[];
    };
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'].map((node) => node['@id'])).toEqual(['#article']);
  });
});

describe('the annotations of notes', () => {
  it('give, as CSV, the note’s kind in the kind column and its text as the body', () => {
    const rows = parseCsv<Record<string, string>>(stdoutOf('annotations', '--format', 'csv'), {
      columns: true,
    });
    expect(
      rows.find((row) => row.id?.endsWith('/note/statistic/digital-economy-share-of-gdp-2019/1')),
    ).toEqual({
      id: 'https://www.npmjs.com/package/beijing-digital-economy#annotations/note/statistic/digital-economy-share-of-gdp-2019/1',
      motivation: 'commenting',
      kind: 'note (translation)',
      item: 'digital-economy-share-of-gdp-2019',
      start: '428',
      end: '439',
      exact: 'exceeds 50%',
      body: 'The lead reads “accounted for GDP in 2019 The proportion exceeds 50%”, a run-on in the translation. Read, as the headline puts it, as the digital economy accounting for over 50% of GDP in 2019.',
    });
  });

  it('say, in Chinese, what kind of note each is', () => {
    expect(stdoutOf('annotations', '--locale', 'zh-CN').split('\n')).toContain(
      '关于实体“吉林”的注释（推断；评注，字符偏移12～17，英文译文作“Jilin”）：此处的“Jilin”被理解为人名，而非吉林省：正文给了他职衔（“Jilin, Chairman of the Beijing CPPCC”），并以“he”指称他。',
    );
  });
});
