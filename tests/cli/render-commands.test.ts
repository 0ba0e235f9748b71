// What the commands after `summary` print, line by line, in text and md, in English and Chinese;
// the header and neutralised cells of their CSV; the locale of their Web Annotations.
import { describe, expect, it } from 'vitest';
import { render, type Command, type Format } from '../../src/cli/render.js';
import { article, type Article, type ArticleIds } from '../../src/index.js';
import { parseArticle } from '../../src/schema/index.js';
import { lazy } from '../support/lazy.js';

type AnyArticle = Article<ArticleIds>;

const plain = (text: string) => text;
const print = (
  command: Command,
  format: Format,
  locale: string,
  subject: AnyArticle = article,
  bold: (text: string) => string = plain,
) => render(command, subject, { format, locale, style: undefined, bold });
const linesOf = (command: Command, format: Format, locale: string, subject?: AnyArticle) =>
  print(command, format, locale, subject).split('\n');

/**
 * The article with every capital J written `=` and every capital H `+`: Jilin’s mentions and
 * Huang Xinyu’s name then start like spreadsheet formulas. One character for one keeps every
 * offset, prefix and suffix true, so the schema accepts it.
 */
const formulaic = lazy(() =>
  parseArticle(JSON.parse(JSON.stringify(article).replaceAll('J', '=').replaceAll('H', '+'))),
);

/** The article under another id: the Chinese module’s forms of its items do not apply to it. */
const renamed = lazy(() => parseArticle({ ...structuredClone(article), id: 'another-report' }));

const HEADQUARTERS =
  'Headquarters and R&D centres in Zhongguancun Software Park: more than 600 headquarters and global R&D centers, according to Jilin';
const CITATION =
  'Huang, X. (2020, September 5). Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country. Beijing News.';

describe('the summary command in English', () => {
  it('ends with the APA citation, indented under “Cite as:”', () => {
    expect(linesOf('summary', 'text', 'en').slice(-3)).toEqual([
      '10 quotes, 2 policies, 21 entities. Cite as:',
      `  ${CITATION}`,
      '',
    ]);
  });
});

describe('the stats command', () => {
  it('prints a line per statistic in text, and a list item escaped for Markdown in md', () => {
    const text = linesOf('stats', 'text', 'en');
    expect(text[0]).toBe(
      'Digital economy as a share of GDP: more than 50% (2019), according to Jilin',
    );
    expect(text[5]).toBe(HEADQUARTERS);
    const md = linesOf('stats', 'md', 'en');
    expect(md[0]).toBe(
      '- Digital economy as a share of GDP: more than 50% (2019), according to Jilin',
    );
    expect(md[5]).toBe(
      '- Headquarters and R\\&D centres in Zhongguancun Software Park: more than 600 headquarters and global R\\&D centers, according to Jilin',
    );
  });
});

describe('the quotes command', () => {
  it('prints each quotation as formatQuote words it, in English with no line before them', () => {
    const first =
      'According to Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country';
    expect(linesOf('quotes', 'text', 'en')[0]).toBe(first);
    expect(linesOf('quotes', 'md', 'en')[0]).toBe(`- ${first}`);
  });

  it('in Chinese says first, once, that the quotations are the English translation’s words', () => {
    const first =
      '据吉林介绍，“Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country”';
    expect(linesOf('quotes', 'text', 'zh-Hans').slice(0, 2)).toEqual([
      '以下引语照录英文译文，未译回中文。',
      first,
    ]);
    expect(linesOf('quotes', 'md', 'zh-Hans').slice(0, 3)).toEqual([
      '以下引语照录英文译文，未译回中文。',
      '',
      `- ${first}`,
    ]);
  });
});

describe('the policies command', () => {
  const OPINIONS =
    'Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy: issued by Beijing Municipal Party Committee and Beijing Municipal Government on June 10, 2020, with 5 supporting documents; focus: new infrastructure, new scenarios, new consumption, new openings, and new services.';
  const SYSTEM =
    '“1+3” policy system to promote the digital economy and innovative development: to be issued by Beijing on September 7, 2020.';

  it('prints a line per policy in text', () => {
    expect(print('policies', 'text', 'en')).toBe(`${OPINIONS}\n${SYSTEM}\n`);
  });

  it('prints a list item per policy in md', () => {
    expect(print('policies', 'md', 'en')).toBe(`- ${OPINIONS}\n- ${SYSTEM}\n`);
  });
});

describe('the entities command', () => {
  it('counts mentions in English: “1 mention”, “9 mentions”', () => {
    const text = linesOf('entities', 'text', 'en');
    expect(text[0]).toBe('Jilin (person; Chairman of the Beijing CPPCC): 9 mentions');
    expect(text[2]).toBe('Wang Jinyu (person; Editor): 1 mention');
    const md = linesOf('entities', 'md', 'en');
    expect(md[0]).toBe('- Jilin (person; Chairman of the Beijing CPPCC): 9 mentions');
    expect(md[2]).toBe('- Wang Jinyu (person; Editor): 1 mention');
  });
});

describe('the notes command', () => {
  it('in English, sets the item’s kind and id in bold before the note’s kind and text', () => {
    const text = print('notes', 'text', 'en', article, (words) => `<b>${words}</b>`).split('\n');
    expect(text[3]).toBe(
      '<b>paragraph section</b> (inference): The label of the site that republished the translation, not of the Beijing News (see `metadata.fieldNotes.section`; the site is named, from outside the text, in `metadata.source`).',
    );
  });

  it('in English md, sets the id in code and the note’s kind in italics, the text escaped', () => {
    expect(linesOf('notes', 'md', 'en')[3]).toBe(
      '- paragraph `section`, *inference*: The label of the site that republished the translation, not of the Beijing News (see \\`metadata.fieldNotes.section\\`; the site is named, from outside the text, in \\`metadata.source\\`).',
    );
  });

  it('in Chinese md, says once that the notes are translated, then lists them with the item named in bold', () => {
    const md = linesOf('notes', 'md', 'zh-Hans');
    expect(md.slice(0, 2)).toEqual(['以下说明由本数据包译自英文原注。', '']);
    expect(md[5]).toBe(
      '- **栏目标签**（推断）：这是转载译文的网站所加的栏目标签，并非新京报的栏目（见元数据“栏目”一项的说明；该网站系根据正文以外的信息查明，记于元数据中的“来源”一项）。',
    );
  });
});

describe('the annotations command', () => {
  type Collection = { first: { items: { body: { purpose: string; value: string }[] }[] } };
  const describing = (annotation: { body: { purpose: string; value: string }[] } | undefined) =>
    annotation?.body.find((b) => b.purpose === 'describing')?.value;

  it('writes the Web Annotations’ statements in the locale asked for, in JSON and JSON Lines', () => {
    const json = JSON.parse(print('annotations', 'json', 'zh-Hans')) as Collection;
    expect(describing(json.first.items[0])).toBe('数字经济占GDP比重：超过50%（2019年），据吉林');
    const jsonl = JSON.parse(linesOf('annotations', 'jsonl', 'zh-Hans')[0] ?? '') as Parameters<
      typeof describing
    >[0];
    expect(describing(jsonl)).toBe('数字经济占GDP比重：超过50%（2019年），据吉林');
    const english = JSON.parse(print('annotations', 'json', 'en')) as Collection;
    expect(describing(english.first.items[0])).toBe(
      'Digital economy as a share of GDP: more than 50% (2019), according to Jilin',
    );
  });

  it('writes CSV under its header, a cell that starts like a formula neutralised', () => {
    const csv = linesOf('annotations', 'csv', 'en', formulaic());
    expect(csv[0]).toBe('id,motivation,kind,item,start,end,exact,body\r');
    expect(csv.find((row) => row.includes('#annotations/mention/jilin/1,'))).toBe(
      "https://www.npmjs.com/package/beijing-digital-economy#annotations/mention/jilin/1,identifying,mention,jilin,12,17,'=ilin,'=ilin (person; Chairman of the Beijing CPPCC)\r",
    );
  });

  it('in English, gives the kind, item, motivation, range and words of each annotation', () => {
    const first =
      'statistic digital-economy-share-of-gdp-2019 (describing) at 428–439 “exceeds 50%”: Digital economy as a share of GDP: more than 50% (2019), according to Jilin';
    expect(linesOf('annotations', 'text', 'en')[0]).toBe(first);
    expect(linesOf('annotations', 'md', 'en')[0]).toBe(`- ${first}`);
  });

  describe('in Chinese', () => {
    const zh = lazy(() => linesOf('annotations', 'text', 'zh-Hans'));

    it('names a purpose by its policy and 的目的', () => {
      expect(zh()).toContain(
        '政策《促进数字经济创新发展“1+3”政策体系》的目的（描述，字符偏移3770～3827，英文译文作“to promote the digital economy and innovative development”）：《促进数字经济创新发展“1+3”政策体系》的目的',
      );
    });

    it('names a mention by its entity alone', () => {
      expect(zh()).toContain(
        '实体“吉林”（标识，字符偏移12～17，英文译文作“Jilin”）：吉林（人物；北京市政协主席）',
      );
    });

    it('calls a note a 注释 on its item, with the note’s kind; one on a field of the metadata is on the whole text', () => {
      expect(zh()).toContain(
        '关于元数据中的“出版方”的注释（推断；评注，全文）：新京报被认定为原报道的出版方，依据是电头（“Beijing News Shell Finance News”）和署名（“Beijing News Shell Finance reporter”）。英文文本由一家正文未提及名称的网站转载；该网站系根据正文以外的信息查明，记于元数据中的“来源”一项。',
      );
    });

    it('gives the range of a note on a span that only starts, or only ends, with the text', () => {
      expect(zh()).toContain(
        '关于栏目标签的注释（推断；评注，字符偏移0～10，英文译文作“World News”）：这是转载译文的网站所加的栏目标签，并非新京报的栏目（见元数据“栏目”一项的说明；该网站系根据正文以外的信息查明，记于元数据中的“来源”一项）。',
      );
      expect(zh()).toContain(
        '关于网站附加文字第2段的注释（推断；评注，字符偏移4326～4396，英文译文作“Your email address will not be published. Required fields are marked *”）：这是转载译文的网站的评论表单，不属于新京报的报道。外部知识：“Leave a Reply”和“Your email address will not be published. Required fields are marked *”是WordPress评论表单的默认文字。',
      );
    });

    it('lists the same lines as list items in md', () => {
      expect(linesOf('annotations', 'md', 'zh-Hans')[0]).toBe(
        '- 数据“数字经济占GDP比重”（描述，字符偏移428～439，英文译文作“exceeds 50%”）：数字经济占GDP比重：超过50%（2019年），据吉林',
      );
      expect(zh()[0]).toBe(
        '数据“数字经济占GDP比重”（描述，字符偏移428～439，英文译文作“exceeds 50%”）：数字经济占GDP比重：超过50%（2019年），据吉林',
      );
    });
  });
});

describe('the cite command', () => {
  const GB =
    'Huang Xinyu. Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country[N]. 新京报, 2020-09-05.（GB/T 7714—2015；题名照录英文译文）';

  it('in Chinese, prints the GB/T 7714 reference as it is in text and escaped for Markdown in md', () => {
    expect(print('cite', 'text', 'zh-Hans')).toBe(`${GB}\n`);
    expect(print('cite', 'md', 'zh-Hans')).toBe(`${GB.replace('[N]', '\\[N\\]')}\n`);
  });

  it('writes CSV under its header, a citation that starts like a formula neutralised', () => {
    expect(linesOf('cite', 'csv', 'en', formulaic()).slice(0, 2)).toEqual([
      'style,citation\r',
      'apa,"\'+uang, X. (2020, September 5). =ilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country. Beijing News."\r',
    ]);
  });
});

describe('the spans command', () => {
  it('writes CSV under its header, words that start like a formula neutralised', () => {
    expect(linesOf('spans', 'csv', 'en', formulaic()).slice(0, 2)).toEqual([
      'id,label,start,end,unit,item,paragraph,words\r',
      "mention:jilin:1,PERSON,12,17,utf-16,jilin,headline,'=ilin\r",
    ]);
  });

  it('in English, gives each span and each relation by id, then the unit of the offsets', () => {
    const text = linesOf('spans', 'text', 'en');
    expect(text[0]).toBe('PERSON 12–17 mention:jilin:1 “Jilin”');
    expect(text).toContain('speaker: quote:headline-digital-economy-share:1 → mention:jilin:1');
    expect(text.slice(-4)).toEqual([
      'speaker: quote:jilin-demonstrative-role:1 → mention:jilin:9',
      '',
      'Offsets count UTF-16 code units (here equal to Unicode code points).',
      '',
    ]);
    const md = linesOf('spans', 'md', 'en');
    expect(md[0]).toBe('- PERSON 12–17 mention:jilin:1 “Jilin”');
    expect(md.slice(-4)).toEqual([
      '- speaker: quote:jilin-demonstrative-role:1 → mention:jilin:9',
      '',
      'Offsets count UTF-16 code units (here equal to Unicode code points).',
      '',
    ]);
  });

  it('in Chinese, says each mention’s entity kind: the entity’s own word where it has one', () => {
    const text = linesOf('spans', 'text', 'zh-Hans');
    expect(text.slice(0, 3)).toEqual([
      '实体“吉林”（人物，字符偏移12～17，英文译文作“Jilin”）',
      '标题中吉林的间接引语（字符偏移19～115，英文译文作“Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country”）',
      '实体“北京”（地点，字符偏移30～37，英文译文作“Beijing”）',
    ]);
    expect(text).toContain(
      '实体“习近平总书记重要讲话”（讲话，字符偏移2481～2497，英文译文作“important speech”）',
    );
  });

  it('in Chinese, says the kind of each mention of an article whose items the Chinese module does not know', () => {
    const text = linesOf('spans', 'text', 'zh-Hans', renamed());
    expect(text[2]).toBe('实体“Beijing”（地点，字符偏移30～37，英文译文作“Beijing”）');
    expect(text).toContain(
      '实体“General Secretary Jinping’s important speech”（活动，字符偏移2481～2497，英文译文作“important speech”）',
    );
  });

  it('in Chinese md, lists the spans and the relations by the items they join', () => {
    const md = linesOf('spans', 'md', 'zh-Hans');
    expect(md[0]).toBe('- 实体“吉林”（人物，字符偏移12～17，英文译文作“Jilin”）');
    expect(md.slice(-4)).toEqual([
      '- 正文第8段中吉林的直接引语（字符偏移4076～4219）的说话人：实体“吉林”（字符偏移3670～3675）',
      '',
      '字符偏移指英文译文中的位置，含起点、不含终点，按UTF-16码元计数（本文中与按码位计数相同）。',
      '',
    ]);
  });
});
