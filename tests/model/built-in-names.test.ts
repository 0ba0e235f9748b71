import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, formatQuote } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { builtInName } from '../../src/model/built-in-names.js';

/** Names that every object answers to, through Object.prototype. */
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('builtInName', () => {
  it('names each entity of the built-in article, in English or with zhHans', () => {
    for (const entity of article.entities) {
      expect(builtInName(entity.id)).toBe(entity.name);
      const { name } = zhHans.entities[entity.id];
      const marked = `${name.text}${name.provenance.kind === 'pinyin' ? '（拼音）' : ''}`;
      expect(builtInName(entity.id, zhHans)).toBe(marked);
    }
  });

  it('names nothing that is not an entity id, not even a name every object inherits', () => {
    const ids = new Set<string>(article.entities.map((entity) => entity.id));
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...INHERITED), fc.string()).filter((id) => !ids.has(id)),
        (id) => {
          expect(builtInName(id)).toBeUndefined();
          expect(builtInName(id, zhHans)).toBeUndefined();
        },
      ),
    );
  });

  it('so formatQuote leaves out a speaker whose id is such a name', () => {
    const direct = article.quotes.find((quote) => quote.mode === 'direct');
    if (direct === undefined) throw new Error('the article has a direct quote');
    for (const speaker of INHERITED)
      expect(formatQuote({ ...direct, speaker })).toBe(`“${direct.text}”`);
  });
});
