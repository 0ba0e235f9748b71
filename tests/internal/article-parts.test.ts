import { describe, expect, it } from 'vitest';
import { article, toMarkdown, type Article, type ArticleIds } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { second } from '../second-article/fixture.js';

/** The line under the headline: publisher, section, byline and date. */
const headerLine = (of: Article<ArticleIds>) => toMarkdown(of, { locale: zhHans }).split('\n')[2];

describe('the Chinese header line of toMarkdown (publisherSection and byline)', () => {
  it('gives no section for the built-in article, whose own note says "World News" is not its section', () => {
    expect(headerLine(article)).toBe(
      '新京报 · 记者 Huang Xinyu（拼音） 编辑 Wang Jinyu（拼音） 校对 Zhao Lin（拼音） · 2020年9月5日（日期系根据正文推断）',
    );
  });

  it("gives the locale's section label for the built-in article once no note denies it", () => {
    const { section: _denied, ...fieldNotes } = article.metadata.fieldNotes ?? {};
    const undenied = { ...article, metadata: { ...article.metadata, fieldNotes } };
    expect(headerLine(undenied)).toBe(
      '新京报 · 国际新闻 · 记者 Huang Xinyu（拼音） 编辑 Wang Jinyu（拼音） 校对 Zhao Lin（拼音） · 2020年9月5日（日期系根据正文推断）',
    );
  });

  // The locale's section label is the built-in article's; another article keeps its own, and a
  // role the locale has no word for is given as the data names it.
  it("keeps another article's own section label, and a role the locale does not know", () => {
    const photographed = {
      ...second,
      metadata: {
        ...second.metadata,
        contributors: [
          ...second.metadata.contributors,
          { entity: 'fang-meilin', role: 'photographer' },
        ],
      },
    };
    expect(headerLine(photographed)).toBe(
      'Willow Ford Evening Post · Local News · 记者 Tang Wenjing 编辑 Lu Haoran photographer Fang Meilin · 2024年4月23日（日期系根据正文推断）',
    );
  });
});
