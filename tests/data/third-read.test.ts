// A third reader's findings, each pinned to the data: the note, alias, role or attestation is there
// and says what it must. Where a finding has a general form (outside knowledge cites its page, a
// mistranslated mention is no alias, a designation points at the statement it comes from), the
// test checks that form over every item, so that a new item that breaks it fails here too.
import { describe, expect, it } from 'vitest';
import {
  article,
  entities,
  findNotes,
  getEntity,
  getParagraph,
  getPolicy,
  getQuote,
  getStatistic,
  metadata,
  quotes,
  type ChineseForm,
  type EntityId,
  type Note,
  type TextAnchor,
  policies,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { MetadataSchema, TextSourceSchema } from '../../src/schema/index.js';
import { byId } from '../support/by-id.js';

/** The text of every note of the kind given, or of any kind. */
const texts = (notes: readonly Note[] | undefined, kind?: Note['kind']) =>
  (notes ?? []).filter((n) => kind === undefined || n.kind === kind).map((n) => n.text);

/** The attested source of a Chinese form, failing the test when the form is not attested. */
function attestation(form: ChineseForm | undefined) {
  if (form?.provenance.kind !== 'attested')
    throw new Error(`expected an attested form, got ${JSON.stringify(form)}`);
  return form.provenance.source;
}

const zhOf = (id: EntityId) => zhHans.entities[id];
const inside = (inner: TextAnchor, outer: TextAnchor) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe('what the text does not say about the 50%', () => {
  // Found in each test, not while the tests are collected (see vitest.mutation.config.ts).
  const basis = () =>
    findNotes({ itemKind: 'statistic' }).filter(
      ({ item, note }) =>
        item.id === 'digital-economy-share-of-gdp-2019' && /basis/.test(note.text),
    );

  it('is a note findNotes returns, naming the 38% of the national basis and its source', () => {
    expect(basis()).toHaveLength(1);
    const text = basis()[0]?.note.text ?? '';
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toContain('38%');
    expect(text).toContain('national statistical basis');
    expect(text).toContain('http://m.fzxysj.com/xwzx/hg/202101/t20210112_6129596.html');
    expect(text).toContain('占GDP比重達38%');
    expect(text).toMatch(/Xinhua, 12 January 2021/);
  });

  it('says that the 50% is Jilin’s figure on an unstated basis, not the official statistic', () => {
    const text = basis()[0]?.note.text ?? '';
    expect(text).toMatch(/does not say on what basis/);
    expect(text).toMatch(/Jilin’s/);
    expect(text).toMatch(/not the official statistic/);
    expect(getStatistic('digital-economy-share-of-gdp-2019').source.attributedTo).toBe('jilin');
  });

  it('is what the rank on that share points to', () => {
    expect(
      texts(getStatistic('digital-economy-share-of-gdp-national-rank-2019').notes).join(' '),
    ).toContain('digital-economy-share-of-gdp-2019');
  });
});

describe('where the text was taken from', () => {
  it('is recorded as the republishing page, from outside the text', () => {
    const source = metadata.source;
    expect(source?.url).toBe(
      'https://electrodealpro.com/jilin-last-year-beijings-digital-economy-accounted-for-over-50-of-gdp-ranking-first-in-the-country/',
    );
    expect(source?.name).toBe('electrodealpro.com');
    expect(source?.note).toMatch(/Outside knowledge/);
    expect(source?.note).toMatch(/republished the English translation/);
    expect(source?.note).toContain('begins with “World News”');
  });

  it('agrees with the text: the page begins with the section label the text begins with', () => {
    expect(getParagraph('section').text).toBe('World News');
    expect(article.text.startsWith('World News')).toBe(true);
  });

  it('is pointed to by the notes on the section label and the publisher', () => {
    expect(texts(metadata.fieldNotes?.section).join(' ')).toContain('`metadata.source`');
    expect(texts(metadata.fieldNotes?.publisher).join(' ')).toContain('`metadata.source`');
    expect(texts(getParagraph('section').notes).join(' ')).toContain('`metadata.source`');
  });

  it('is validated by the schema, which rejects an address that is not http(s) and unknown keys', () => {
    expect(MetadataSchema.safeParse(metadata).success).toBe(true);
    expect(TextSourceSchema.safeParse(metadata.source).success).toBe(true);
    expect(TextSourceSchema.safeParse({ url: 'electrodealpro.com', note: 'x' }).success).toBe(
      false,
    );
    expect(TextSourceSchema.safeParse({ url: 'ftp://example.com/', note: 'x' }).success).toBe(
      false,
    );
    expect(
      TextSourceSchema.safeParse({ url: 'https://example.com/', note: 'x', site: 'y' }).success,
    ).toBe(false);
    expect(TextSourceSchema.safeParse({ url: 'https://example.com/', note: '' }).success).toBe(
      false,
    );
    const { source: _dropped, ...withoutSource } = metadata;
    expect(MetadataSchema.safeParse(withoutSource).success).toBe(true);
  });
});

describe('outside knowledge', () => {
  it('says so wherever a note cites a page', () => {
    const citing = findNotes().filter(({ note }) => /https?:\/\//.test(note.text));
    expect(citing.length).toBeGreaterThan(5);
    for (const { item, note } of citing)
      expect(note.text, `${item.kind} ${item.id}`).toMatch(/[Oo]utside knowledge/);
  });

  it('marks the spelled-out CPPCC as the official English name, with its source', () => {
    const cppcc = getEntity('beijing-cppcc');
    expect(cppcc.aliases).toEqual([
      'Beijing Municipal Committee of the Chinese People’s Political Consultative Conference',
    ]);
    const text = texts(cppcc.notes).join(' ');
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toContain('https://wb.beijing.gov.cn/');
    expect(text).toContain(
      "the Beijing Municipal Committee of the Chinese People's Political Consultative Conference (CPPCC)",
    );
  });
});

describe('the forum', () => {
  const forum = byId(entities, 'digital-trade-forum');

  it('keeps its role to what the lead says, which the text does contain', () => {
    expect(forum.role).not.toMatch(/spoke/);
    expect(forum.role).toContain('according to the introduction of Jilin');
    expect(article.text).toContain('according to the introduction of Jilin');
    expect(texts(forum.notes, 'inference').join(' ')).toMatch(/speech .* is a reading/);
  });

  it('has its official English name as an alias, with its date, marked as outside knowledge', () => {
    expect(forum.aliases).toEqual([
      'Summit Forum on Trends and Latest Developments of Digital Trade',
    ]);
    const text = texts(forum.notes, 'translation').join(' ');
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toContain('https://www.budapesttimes.hu/');
    expect(text).toContain('in the morning of September 5');
  });

  it('is attested in Chinese by a report of the 2020 edition, not the 2022 one', () => {
    const source = attestation(zhOf('digital-trade-forum')?.name);
    expect(source.url).toBe('http://www.jntimes.cn/zdzx/202009/t20200907_6793811.shtml');
    expect(source.url).toMatch(/2020/);
    expect(source.excerpt).toContain('“数字贸易发展趋势和前沿高峰论坛”');
  });
});

describe('designations', () => {
  it('are statuses, not claims: Beijing’s “highland” is a claim of Jilin’s and not listed', () => {
    const beijing = getEntity('beijing');
    expect(beijing.designations?.map((d) => d.exact)).toEqual([
      'a national science and technology innovation center',
    ]);
    expect(texts(beijing.notes).join(' ')).toMatch(/highland .* not a designation/);
  });

  it('point to the statement they come from, when that statement is a quote', () => {
    let checked = 0;
    for (const entity of entities)
      for (const designation of entity.designations ?? [])
        for (const quote of quotes)
          if (inside(designation, quote.anchor)) {
            checked += 1;
            expect(texts(entity.notes).join(' '), `${entity.id}: ${designation.exact}`).toContain(
              quote.id,
            );
          }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('“Beijing Digital Technology Enterprise Yunji”', () => {
  const yunji = byId(entities, 'beijing-digital-technology-enterprise-yunji');

  it('carries the reading in which no company is named (云集), as outside knowledge', () => {
    const text = texts(yunji.notes, 'ambiguity').join(' ');
    expect(text).toContain('云集');
    expect(text).toContain('北京数字科技企业云集');
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toMatch(/no company/);
  });

  it('shows its kind as provisional, in a note and in the role every listing prints', () => {
    expect(yunji.kind).toBe('company');
    expect(texts(yunji.notes, 'inference').join(' ')).toMatch(/`kind: 'company'` is provisional/);
    expect(yunji.role).toMatch(/^Provisionally/);
    const role = zhOf('beijing-digital-technology-enterprise-yunji')?.role;
    expect(role?.text).toContain('暂读作');
  });
});

describe('glosses of Chinese set phrases', () => {
  const opinions = byId(policies, 'new-business-forms-and-models-opinions');
  const reform = byId(quotes, 'jilin-reform-determination');

  it('date 新基建 to the December 2018 conference, with its source', () => {
    const text = texts(opinions.notes).find((t) => t.includes('新基建')) ?? '';
    expect(text).not.toMatch(/a 2020 term/);
    expect(text).toContain('December 2018');
    expect(text).toContain('https://scholarmate.com/S/igHx1k');
    expect(text).toContain('2018年12月,中央经济工作会议首次提出新型基础设施建设的概念');
  });

  it('gloss 六保 as stable industrial and supply chains and grassroots government, with sources', () => {
    const text = texts(reform.notes).find((t) => t.includes('六保')) ?? '';
    expect(text).toContain('stable industrial and supply chains');
    expect(text).toContain('grassroots (primary-level) government');
    expect(text).not.toContain('local government');
    expect(text).toContain('31 July 2018');
    expect(text).toContain('17 April 2020');
    expect(text).toContain('保产业链供应链稳定、保基层运转');
    expect(text).toContain('http://www.ce.cn/');
  });
});

describe('a translation note', () => {
  it('never also carries the reading of a quote’s `about`, which is an inference note of its own', () => {
    const withAbout = quotes.filter((q) => q.about !== undefined && q.notes !== undefined);
    expect(withAbout.length).toBeGreaterThan(0);
    for (const quote of withAbout) {
      for (const text of texts(quote.notes, 'translation'))
        expect(text, quote.id).not.toMatch(/`about`|read as both policies/);
    }
    expect(texts(getQuote('jilin-demonstrative-role').notes, 'inference').join(' ')).toMatch(
      /`about` is a reading/,
    );
  });
});

describe('mentions that the translation mangles', () => {
  it('stay mentions and are never aliases', () => {
    for (const entity of entities) {
      const mentioned = new Set(entity.mentions.map((m) => m.exact));
      for (const alias of entity.aliases ?? []) expect(mentioned.has(alias), entity.id).toBe(false);
    }
  });

  it('leave the fair its usual English name as the alias, marked as outside knowledge', () => {
    const fair = getEntity('service-trade-fair');
    expect(fair.mentions.map((m) => m.exact)).toContain('Service Trade Association');
    expect(fair.aliases).toEqual(['China International Fair for Trade in Services']);
    const text = texts(fair.notes).join(' ');
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toContain('http://en.people.cn/');
  });
});

describe('the Chinese attestations', () => {
  it('attest 新京报 with a page of the Beijing News’s own site', () => {
    const source = attestation(zhOf('beijing-news')?.name);
    expect(new URL(source.url).hostname).toBe('www.bjnews.com.cn');
    expect(source.excerpt).toContain('新京报2014年9月6日以《沙漠之殇》为题');
  });

  it('show Jilin himself holding the title 北京市政协主席', () => {
    const zh = zhOf('jilin');
    const role = attestation(zh?.role);
    expect(role.excerpt).toContain(`北京市政协主席${zh?.name.text ?? '?'}`);
    expect(role.url).toBe('http://cppcc.china.com.cn/2019-11/05/content_75374993.htm');
  });

  it('attest 贝壳财经 on the paper’s own site and say what the page is', () => {
    const source = attestation(zhOf('shell-finance')?.name);
    expect(new URL(source.url).hostname).toBe('www.bjnews.com.cn');
    expect(source.title).toMatch(/the Beijing News’s own site/);
    expect(source.title).toMatch(/新京报贝壳财经/);
  });

  it('attest the city’s party committee and government on official hosts', () => {
    for (const id of [
      'beijing-municipal-party-committee',
      'beijing-municipal-government',
    ] as const) {
      const source = attestation(zhOf(id)?.name);
      expect(new URL(source.url).hostname, id).toMatch(/(^|\.)beijing\.gov\.cn$/);
    }
  });
});

describe('times and lists the text leaves open', () => {
  it('say that a big-data figure’s period is the year in the list’s name', () => {
    const onList = article.statistics.filter((s) => s.source.via?.includes('Big Data'));
    expect(onList).toHaveLength(3);
    for (const s of onList) {
      expect(s.period, s.id).toBe('2019');
      expect(texts(s.notes, 'inference').join(' '), s.id).toMatch(
        /`period` is the year in the list’s name/,
      );
    }
  });

  it('say what the “1” and the “3” were, from outside the text', () => {
    const text = texts(getPolicy('digital-economy-1-plus-3-policy-system').notes, 'ambiguity').join(
      ' ',
    );
    expect(text).toMatch(/Outside knowledge/);
    expect(text).toContain('北京市促进数字经济创新发展行动纲要');
  });

  it('say what the reporting phrases render', () => {
    expect(texts(getQuote('jilin-digital-economy-share').notes, 'translation').join(' ')).toContain(
      '据吉林介绍',
    );
    expect(texts(getQuote('jilin-service-trade').notes, 'translation').join(' ')).toContain(
      '据吉林透露',
    );
  });
});
