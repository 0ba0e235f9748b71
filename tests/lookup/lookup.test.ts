import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  getEntity,
  getParagraph,
  getPolicy,
  getQuote,
  getStatistic,
  UnknownIdError,
} from '../../src/index.js';

const lookups = [
  ['statistic', getStatistic, article.statistics],
  ['quote', getQuote, article.quotes],
  ['policy', getPolicy, article.policies],
  ['entity', getEntity, article.entities],
  ['paragraph', getParagraph, article.paragraphs],
] as const;

describe.each(lookups)('the %s lookup', (kind, lookup, items) => {
  const find = lookup as (id: unknown) => { id: string };

  it('returns, for every id, the very item with that id', () => {
    for (const item of items) expect(find(item.id)).toBe(item);
  });

  it('throws UnknownIdError naming every valid id for any other string', () => {
    const ids = new Set<string>(items.map((item) => item.id));
    fc.assert(
      fc.property(
        fc.string().filter((s) => !ids.has(s)),
        (wrong) => {
          try {
            find(wrong);
            expect.unreachable(`${kind} lookup accepted ${JSON.stringify(wrong)}`);
          } catch (error) {
            expect(error).toBeInstanceOf(UnknownIdError);
            const unknown = error as UnknownIdError;
            expect(unknown.code).toBe('ERR_UNKNOWN_ID');
            expect(unknown.id).toBe(wrong);
            expect(unknown.validIds).toEqual([...ids]);
            for (const id of ids) expect(unknown.message).toContain(`"${id}"`);
            expect(unknown.message).toContain(JSON.stringify(wrong));
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names the type of an id that is not a string', () => {
    for (const wrong of [42, null, undefined, {}, Symbol('id')]) {
      expect(() => find(wrong)).toThrow(new RegExp(`Unknown ${kind} id ${typeof wrong}`));
    }
  });
});
