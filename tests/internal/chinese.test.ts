import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { zhParagraphName } from '../../src/internal/chinese.js';
import type { ArticleIds, Paragraph } from '../../src/types/index.js';
import { byId } from '../support/by-id.js';

describe('zhParagraphName', () => {
  it.each([
    ['section', '栏目标签'],
    ['headline', '标题'],
    ['lead', '导语'],
    ['body-1', '正文第1段'],
    ['body-8', '正文第8段'],
    ['credits', '署名'],
    ['comment-form-title', '网站附加文字第1段'],
    ['comment-form-notice', '网站附加文字第2段'],
  ] as const)('calls the built-in article’s paragraph %j %j', (id, name) => {
    expect(zhParagraphName(article, byId(article.paragraphs, id))).toBe(name);
  });

  it('counts the paragraphs of a role within it where the role has more than one', () => {
    const paragraphs: Pick<Paragraph<ArticleIds>, 'id' | 'role'>[] = [
      { id: 'headline', role: 'headline' },
      { id: 'reporters', role: 'credits' },
      { id: 'body', role: 'body' },
      { id: 'photographers', role: 'credits' },
    ];
    const names = paragraphs.map((p) => zhParagraphName({ paragraphs } as never, p));
    expect(names).toEqual(['标题', '署名第1段', '正文第1段', '署名第2段']);
  });
});
