import { describe, expect, it } from 'vitest';
import { article, ENTITY_IDS, quotesBy, UnknownIdError } from '../../src/index.js';
import { inTextOrder } from '../support/in-text-order.js';

describe('quotesBy', () => {
  it('gives each quote to its speaker and to no one else, in text order', () => {
    const all = ENTITY_IDS.flatMap((id) => quotesBy(id).map((q) => [id, q] as const));
    expect(all).toHaveLength(article.quotes.length);
    for (const [id, quote] of all) expect(quote.speaker).toBe(id);
    inTextOrder(quotesBy('jilin').map((q) => q.anchor.start));
    expect(quotesBy('baidu')).toEqual([]);
  });

  it('throws UnknownIdError for an id that is not an entity', () => {
    expect(() => quotesBy('ji-lin' as never)).toThrow(UnknownIdError);
  });
});
