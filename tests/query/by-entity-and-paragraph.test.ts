// quotesBy, mentionsOf and itemsAt: what each finds, in what order, and what each says of an id
// that is not one of the article's.
import { describe, expect, it } from 'vitest';
import {
  article,
  ENTITY_IDS,
  itemsAt,
  mentionsOf,
  PARAGRAPH_IDS,
  quotesBy,
  UnknownIdError,
  type Article,
} from '../../src/index.js';
import { itemsAtIn } from '../../src/query/items-at.js';
import { quotesByIn } from '../../src/query/quotes-by.js';

const listed = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');
const thrown = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof UnknownIdError ? [error.kind, error.message] : error;
  }
  return 'not thrown';
};

describe('an id that is not one of the article’s', () => {
  it('is named, with the kind of id and every valid one', () => {
    const entity = [
      'entity',
      `Unknown entity id "ji-lin". Valid entity ids: ${listed(ENTITY_IDS)}.`,
    ];
    expect(thrown(() => quotesBy('ji-lin' as never))).toEqual(entity);
    expect(thrown(() => mentionsOf('ji-lin' as never))).toEqual(entity);
    expect(thrown(() => itemsAt('body-9' as never))).toEqual([
      'paragraph',
      `Unknown paragraph id "body-9". Valid paragraph ids: ${listed(PARAGRAPH_IDS)}.`,
    ]);
  });
});

describe('quotesBy', () => {
  const [first, second, third] = article.quotes;
  if (!first || !second || !third) throw new Error('the article has fewer than three quotes');
  const other = { ...second, speaker: 'xiaomi' } as const;

  it('gives the speaker’s quotes in text order, whatever their order in the data', () => {
    const source = { entities: article.entities, quotes: [third, other, first] };
    expect(quotesByIn(source, 'jilin')).toEqual([first, third]);
    expect(quotesByIn(source, 'xiaomi')).toEqual([other]);
    expect(quotesByIn(source, 'baidu')).toEqual([]);
  });
});

describe('itemsAt', () => {
  it('lists an item under its own kind only, even where ids of two kinds are the same', () => {
    // A quote given the id of a statistic of the lead, with its anchor in another paragraph.
    const statistic = itemsAt('lead').statistics[0];
    const quote = article.quotes.find((q) => q.anchor.paragraphId !== 'lead');
    if (!statistic || !quote) throw new Error('no statistic in the lead, or no quote elsewhere');
    const renamed = {
      ...article,
      quotes: article.quotes.map((q) => (q === quote ? { ...q, id: statistic.id } : q)),
    } as unknown as Article;
    const lead = itemsAtIn(renamed, 'lead');
    expect(lead.statistics).toContain(statistic);
    expect(lead.quotes.map((q) => q.id)).not.toContain(statistic.id);
    expect(itemsAtIn(renamed, quote.anchor.paragraphId).quotes.map((q) => q.id)).toContain(
      statistic.id,
    );
  });
});
