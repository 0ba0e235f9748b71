// The Chinese names of items in the command line's lists. The notes command shows them for the
// items an article has (tests/cli/notes.test.ts); these are the names of items it cannot find.
import { describe, expect, it } from 'vitest';
import { zhItemName } from '../../src/cli/zh-names.js';
import { article, type Article, type ArticleIds } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';

describe('zhItemName', () => {
  it.each([
    ['paragraph', 'body-99', '段落“body-99”'],
    ['entity', 'no-such-entity', '实体“no-such-entity”'],
    ['statistic', 'no-such-statistic', '数据“no-such-statistic”'],
    ['quote', 'no-such-quote', '引语“no-such-quote”'],
    ['policy', 'no-such-policy', '政策《no-such-policy》'],
    ['comment', 'no-such-item', 'no-such-item'],
  ])('names a %s that the article does not have by its id: %s', (kind, id, name) => {
    expect(zhItemName(article, zhHans, kind, id)).toBe(name);
  });

  it('names a quote by its id when the paragraph it is anchored in is missing', () => {
    const withoutBody7: Article<ArticleIds> = {
      ...article,
      paragraphs: article.paragraphs.filter((p) => p.id !== 'body-7'),
    };
    expect(zhItemName(article, zhHans, 'quote', 'jilin-reform-determination')).toBe(
      '正文第7段中吉林的直接引语',
    );
    expect(zhItemName(withoutBody7, zhHans, 'quote', 'jilin-reform-determination')).toBe(
      '引语“jilin-reform-determination”',
    );
  });
});
