import { describe, expect, it } from 'vitest';
import { article, findItems, forArticle, InvalidOptionError } from '../../src/index.js';

const keys = (items: readonly { readonly kind: string; readonly id: string }[]) =>
  items.map((item) => `${item.kind}:${item.id}`);

describe('findItems', () => {
  it('finds an entity’s items: itself and the paragraphs that mention it; a kind narrows them', () => {
    expect(keys(findItems({ entity: 'xiaomi' }))).toEqual(['paragraph:body-3', 'entity:xiaomi']);
    expect(keys(findItems({ entity: 'xiaomi', kind: 'paragraph' }))).toEqual(['paragraph:body-3']);
    expect(keys(findItems({ entity: 'xiaomi', kind: 'quote' }))).toEqual([]);
  });

  it('finds words whatever their case and whichever apostrophe', () => {
    expect(keys(findItems({ text: 'ZHONGGUANCUN' }))).toEqual([
      'paragraph:body-2',
      'entity:zhongguancun-software-park',
      'statistic:zhongguancun-software-park-headquarters',
      'statistic:zhongguancun-software-park-output-2019',
    ]);
    const straight = keys(findItems({ text: "beijing's digital economy", kind: 'quote' }));
    expect(straight).toEqual([
      'quote:headline-digital-economy-share',
      'quote:jilin-digital-economy-share',
      'quote:jilin-1-plus-3-release',
    ]);
    expect(keys(findItems({ text: 'Beijing’s Digital Economy', kind: 'quote' }))).toEqual(straight);
  });

  it('folds case to lower case, as Unicode folds it: a dotless ı is not an i', () => {
    expect(findItems({ text: 'Beijing' }).length).toBeGreaterThan(0);
    expect(findItems({ text: 'Beıjing' })).toEqual([]);
  });

  it('takes an entity’s paragraphs from its mentions, not from items of other kinds with its id', () => {
    // Ids are unique within a collection; a statistic may share one with an entity or a paragraph.
    const copy = structuredClone(article);
    const [first, second] = copy.statistics;
    if (!first || !second) throw new Error('fewer than two statistics');
    const asEntity = { ...first, id: 'xiaomi' };
    const asParagraph = { ...second, id: 'body-3' };
    const shared = { ...copy, statistics: [asEntity, asParagraph, ...copy.statistics.slice(2)] };
    expect(keys(forArticle(shared as typeof article).findItems({ entity: 'xiaomi' }))).toEqual([
      'paragraph:body-3',
      'entity:xiaomi',
    ]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'an unknown key',
      { sort: 1 },
      'filter.sort',
      'unknown option; the options are "kind", "text", "entity"',
    ],
    [
      'a kind without text',
      { kind: 'metadata' },
      'filter.kind',
      'got "metadata"; expected one of "paragraph", "entity", "statistic", "quote", "policy"',
    ],
    ['words that are not text', { text: 5 }, 'filter.text', 'got 5; expected a string'],
  ])('rejects %s, saying what would be right', (_what, filter, option, message) => {
    expect(() => findItems(filter as never)).toThrow(new InvalidOptionError(option, message));
  });

  it('rejects an entity the article does not have, listing those it has', () => {
    expect(() => findItems({ entity: 'nobody' } as never)).toThrow(
      /^filter\.entity: got "nobody"; expected one of "jilin", "huang-xinyu", /,
    );
  });
});
